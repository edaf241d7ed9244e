using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Xdt.HttpContract;

namespace Xdt.Storefront.Images;

/// <summary>
/// Generated product tiles (there is no image CDN on an offline machine): a soft gradient whose hue comes from the
/// name, with the name's initials. Same name, same tile, in every region.
/// </summary>
public static partial class PlaceholderImage
{
    public const string PathPrefix = XdtPaths.Images;

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>The placeholder path for a title: "Longjing Green Tea" → /_xdt/img/longjing-green-tea.svg.</summary>
    public static string PathFor(string title)
    {
        var words = title.ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Take(8);
        var name = string.Join('-', words);
        return PathPrefix + (name.Length == 0 ? "item" : name[..Math.Min(name.Length, 80)].Trim('-')) + ".svg";
    }

    public static string Initials(string name)
    {
        var words = name.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var initials = words.Length switch
        {
            0 => "?",
            1 => words[0][..Math.Min(2, words[0].Length)],
            _ => string.Concat(words[0][0], words[1][0]),
        };
        return initials.ToUpperInvariant();
    }

    public static int Hue(string name)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % 360);
    }

    /// <param name="name">Already checked with <see cref="IsValidName"/>: lower-case letters, digits and hyphens.</param>
    public static string Render(string name)
    {
        var hue = Hue(name);
        var label = string.Join(' ', name.Split('-', StringSplitOptions.RemoveEmptyEntries).Take(4));
        var svg = new StringBuilder(700);
        svg.Append(CultureInfo.InvariantCulture,
            $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="{label}">
            <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
            <stop offset="0" stop-color="hsl({hue},70%,88%)"/><stop offset="1" stop-color="hsl({(hue + 40) % 360},65%,72%)"/>
            </linearGradient></defs>
            <rect width="400" height="400" fill="url(#g)"/>
            <circle cx="200" cy="180" r="92" fill="hsl({hue},55%,38%)" fill-opacity="0.9"/>
            <text x="200" y="205" text-anchor="middle" font-family="system-ui,sans-serif" font-size="76" font-weight="700" fill="#fff">{Initials(name)}</text>
            <text x="200" y="340" text-anchor="middle" font-family="system-ui,sans-serif" font-size="22" fill="hsl({hue},45%,25%)">{label}</text>
            </svg>
            """);
        return svg.ToString();
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,79})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
