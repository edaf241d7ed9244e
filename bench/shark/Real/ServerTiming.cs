using System.Globalization;

namespace Xdt.Bench.Shark.Real;

/// <summary>Reads the storefront's own entries (<c>db</c>, <c>render</c>) out of a <c>Server-Timing</c> header.</summary>
public static class ServerTiming
{
    private static readonly string[] StorefrontEntries = ["db", "render"];

    /// <summary>The sum of the storefront's entries in milliseconds, NaN when neither is there.</summary>
    public static double StorefrontMs(IEnumerable<string> values)
    {
        var total = 0.0;
        var found = false;
        foreach (var entry in values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            if (!StorefrontEntries.Contains(parts[0]))
            {
                continue;
            }

            var duration = parts.Skip(1).FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal));
            if (duration is not null && double.TryParse(duration.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                total += ms;
                found = true;
            }
        }

        return found ? total : double.NaN;
    }
}
