using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Replication;

/// <summary>
/// Command-line settings: <c>--regions a,b --rate 500 --duration 30 --rounds 3 --warmup 3 --first-warmup 10 --stores 12 --products 2400
/// --cutoff 60 --cutoff-region frankfurt</c>. The duration is per path, split over the alternating rounds; before
/// them each path runs once for the first warm-up, unmeasured.
/// </summary>
public sealed record BenchOptions(
    IReadOnlyList<Region> Regions, int Rate, TimeSpan Duration, int Rounds, TimeSpan Warmup, TimeSpan FirstWarmup, int Stores, int Products, TimeSpan Cutoff,
    string CutoffRegion, string[] WorldSettings)
{
    public static BenchOptions Parse(string[] args)
    {
        var arguments = new BenchArguments(args);
        var regions = arguments.Regions();
        var cutoffRegion = arguments.Get("cutoff-region") ?? regions.First(r => r != Geography.Regions.Core).Name;
        return new BenchOptions(
            regions,
            arguments.Int("rate", 500),
            arguments.Seconds("duration", 30),
            arguments.Int("rounds", 3),
            arguments.Seconds("warmup", 3),
            arguments.Seconds("first-warmup", 10),
            arguments.Int("stores", 12),
            arguments.Int("products", 2400),
            arguments.Seconds("cutoff", 60),
            cutoffRegion,
            // The app host's own settings, passed through as given: --Xdt:Broker:Defaults:RetentionBytes=65536.
            [.. args.Where(a => a.StartsWith("--Xdt:", StringComparison.Ordinal))]);
    }
}
