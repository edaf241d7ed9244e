using System.Globalization;
using Xdt.Geography;

namespace Xdt.Bench.Replication;

/// <summary>Command-line settings: <c>--regions a,b --rate 500 --duration 30 --products 2000 --cutoff 60 --cutoff-region frankfurt</c>.</summary>
public sealed record BenchOptions(
    IReadOnlyList<Region> Regions, int Rate, TimeSpan Duration, int Products, TimeSpan Cutoff, string CutoffRegion)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Get(string name)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var regions = Geography.Regions.ParseSubset(Get("regions") is "all" ? null : Get("regions"));
        var cutoffRegion = Get("cutoff-region") ?? regions.First(r => r != Geography.Regions.Core).Name;
        return new BenchOptions(
            regions,
            Int("rate", 500),
            TimeSpan.FromSeconds(Int("duration", 30)),
            Int("products", 2000),
            TimeSpan.FromSeconds(Int("cutoff", 60)),
            cutoffRegion);
    }
}
