using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Edge;

/// <summary>
/// Command-line settings: <c>--regions a,b --duration 5 --warmup 2 --rounds 2 --connections 32 --samples 7
/// --failover-region frankfurt</c>. Without a failover region other than the core, the failover and withdrawal drills
/// are skipped.
/// </summary>
public sealed record BenchOptions(
    IReadOnlyList<Region> Regions, TimeSpan Duration, TimeSpan WarmUp, int Rounds, int Connections, int Samples, Region? FailoverRegion)
{
    public static BenchOptions Parse(string[] args)
    {
        var arguments = new BenchArguments(args);
        var regions = arguments.Regions();
        var failover = arguments.Get("failover-region") is { } name
            ? Geography.Regions.Get(name)
            : regions.Contains(Geography.Regions.Frankfurt) ? Geography.Regions.Frankfurt : regions.FirstOrDefault(r => r != Geography.Regions.Core);
        if (failover is not null && !regions.Contains(failover))
        {
            throw new ArgumentException($"The failover region {failover} is not one of the world's regions.");
        }

        var rounds = arguments.Int("rounds", 2);
        if (rounds < 2)
        {
            throw new ArgumentException("--rounds must be at least 2: the spread between rounds is what tells noise from a result.");
        }

        return new BenchOptions(
            regions,
            arguments.Seconds("duration", 5),
            arguments.Seconds("warmup", 2),
            rounds,
            arguments.Int("connections", 32),
            arguments.Int("samples", 7),
            failover);
    }

    /// <summary>
    /// Edge router settings for the main world. One client address sends thousands of requests a second: the flood
    /// limits stay on (their bookkeeping is part of what the router costs) but far above that rate, and the load must
    /// not spill over to other regions.
    /// </summary>
    public string[] EdgeSettings()
    {
        var softLimit = Math.Max(100, 2 * Connections);
        return
        [
            "--EdgeRouter:Limits:PerClientPermitsPerSecond=1000000",
            "--EdgeRouter:Limits:PerClientBurst=1000000",
            "--EdgeRouter:Limits:PerRegionPermitsPerSecond=10000000",
            "--EdgeRouter:Limits:PerRegionBurst=10000000",
            $"--EdgeRouter:Overflow:SoftLimit={softLimit}",
            $"--EdgeRouter:Overflow:HardLimit={2 * softLimit}",
        ];
    }
}
