using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Edge;

/// <summary>
/// Command-line settings: <c>--regions a,b --duration 10 --warmup 3 --connections 32 --samples 7
/// --failover-region frankfurt</c>. Without a failover region other than the core, the failover drill is skipped.
/// </summary>
public sealed record BenchOptions(
    IReadOnlyList<Region> Regions, TimeSpan Duration, TimeSpan WarmUp, int Connections, int Samples, Region? FailoverRegion)
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

        return new BenchOptions(
            regions,
            arguments.Seconds("duration", 10),
            arguments.Seconds("warmup", 3),
            arguments.Int("connections", 32),
            arguments.Int("samples", 7),
            failover);
    }

    /// <summary>
    /// Edge router settings for a benchmark: one client address sends thousands of requests a second, which the
    /// flood limits would rightly shed, and the load must not spill over to other regions.
    /// </summary>
    public string[] EdgeSettings()
    {
        var softLimit = Math.Max(100, 2 * Connections);
        return
        [
            "--EdgeRouter:Limits:Enabled=false",
            $"--EdgeRouter:Overflow:SoftLimit={softLimit}",
            $"--EdgeRouter:Overflow:HardLimit={2 * softLimit}",
        ];
    }
}
