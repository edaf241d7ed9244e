using System.Text.RegularExpressions;

namespace Xdt.Admin.Validation;

/// <summary>
/// The rules for each catalog field. Each returns an error message or null, so they can be unit-tested alone and
/// combined by the input validators.
/// </summary>
public static partial class FieldRules
{
    public const int MaxNameLength = 120;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 5000;
    public const int MaxImageLength = 2048;

    /// <summary>numeric(12, 2): ten digits before the point.</summary>
    public const decimal MaxPrice = 9_999_999_999.99m;

    public static string? Slug(string value) =>
        SlugPattern().IsMatch(value) ? null
        : "A slug is 2-40 characters: lower-case letters, digits and single hyphens, starting and ending with a letter or digit.";

    public static string? Sku(string value) =>
        SkuPattern().IsMatch(value) ? null
        : "A SKU is 1-64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit.";

    public static string? Currency(string value) =>
        CurrencyPattern().IsMatch(value) ? null : "A currency is an ISO 4217 code: three upper-case letters, e.g. CNY.";

    public static string? CustomDomain(string value) =>
        value.Length <= 253 && DomainPattern().IsMatch(value) ? null
        : "A custom domain is a lower-case host name such as shop.example.com (no scheme, port or path).";

    public static string? Text(string value, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            return "Must not be empty.";
        }

        if (value.Length > maxLength)
        {
            return $"Must be at most {maxLength} characters.";
        }

        return value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? "Must not contain control characters." : null;
    }

    public static string? Price(decimal value)
    {
        if (value < 0)
        {
            return "A price must not be negative.";
        }

        if (value > MaxPrice)
        {
            return $"A price must be at most {MaxPrice}.";
        }

        return decimal.Round(value, 2) == value ? null : "A price has at most two decimals.";
    }

    public static string? Stock(int value) => value >= 0 ? null : "Stock must not be negative.";

    /// <summary>An absolute http(s) URL, or a path on the storefront such as /_xdt/img/tea.svg.</summary>
    public static string? Image(string value)
    {
        if (value.Length > MaxImageLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '\\'))
        {
            return $"An image is a URL of at most {MaxImageLength} characters without spaces or quotes.";
        }

        if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "An image is an absolute http(s) URL or a path starting with '/'.";
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SkuPattern();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();
}
