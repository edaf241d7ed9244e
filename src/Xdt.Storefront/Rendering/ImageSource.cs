using Xdt.Storefront.Images;

namespace Xdt.Storefront.Rendering;

/// <summary>
/// Which image a product shows: its own when it is an http(s) URL or a site path, otherwise a generated placeholder
/// tile. Anything else (javascript:, data:, protocol-relative //host) is never put into a src attribute.
/// </summary>
public static class ImageSource
{
    public static string For(string? image, string title)
    {
        if (!string.IsNullOrWhiteSpace(image))
        {
            var value = image.Trim();
            if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains('\\'))
            {
                return value;
            }

            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri.AbsoluteUri;
            }
        }

        return PlaceholderImage.PathFor(title);
    }
}
