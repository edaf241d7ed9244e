using Microsoft.Net.Http.Headers;

namespace Xdt.Admin.Validation;

/// <summary>
/// Which request content types a JSON write accepts: <c>application/json</c> or any <c>application/*+json</c>, in
/// UTF-8 (the only encoding JSON may use between systems, RFC 8259 §8.1) — so no charset or <c>charset=utf-8</c>.
/// Anything else, or no content type at all, is answered with 415 rather than guessed at.
/// </summary>
public static class JsonContentType
{
    public static bool Accepts(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var isJson = media.MatchesMediaType("application/json")
            || (media.Type.Equals("application", StringComparison.OrdinalIgnoreCase)
                && media.SubType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = media.Charset;
        return isJson && (charset.Length == 0 || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
