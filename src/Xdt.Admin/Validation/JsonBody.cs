using System.Text.Json;

namespace Xdt.Admin.Validation;

/// <summary>Reads a request body that must be one JSON object (size and content type: <see cref="RequestBodyFilter"/>).</summary>
public static class JsonBody
{
    /// <summary>
    /// 64 KiB. The largest valid product is a 5,000-character description, a 200-character title and a 2 KiB image URL:
    /// about 33 KB even if every character were sent \u-escaped (6 bytes). Twice that is room enough for any real
    /// catalog write and small enough that nobody can make the admin buffer megabytes.
    /// </summary>
    public const int MaxBytes = 64 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8 };

    /// <summary>The body's root object, or null with the reason recorded under "body".</summary>
    public static async Task<JsonElement?> ReadObjectAsync(HttpRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Options, cancellationToken);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }

            errors.Add("body", "The body must be a JSON object.");
            return null;
        }
        catch (JsonException e)
        {
            errors.Add("body", "The body is not valid JSON: " + e.Message);
            return null;
        }
    }
}
