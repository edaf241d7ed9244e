using System.Globalization;
using Xdt.Bench.Shark.Simulation;
using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// The real run's command line. The crowd itself (arrivals, cities, pages, think times) is drawn exactly as the
/// simulation draws it, squeezed into <see cref="Arrivals"/>; the world gets small per-region in-flight limits so that
/// overflow happens at the scale this machine can drive.
/// </summary>
/// <param name="Crowd">The simulation's crowd settings (its service times are not used: the storefronts serve).</param>
/// <param name="Tail">After the last arrival, pages still due within this long are sent; later ones are dropped.</param>
/// <param name="LatencySimulation">The edge delays each way by its modelled one-way time, as the simulation's network does.</param>
public sealed record RealSettings(
    IReadOnlyList<Region> Regions, SimulationSettings Crowd, TimeSpan Arrivals, TimeSpan Tail, int SoftLimit, int HardLimit,
    bool LatencySimulation)
{
    public const string Chart = "artifacts/shark-real.png";

    public static RealSettings Parse(string[] args)
    {
        var a = new BenchArguments(args);
        var arrivals = a.Seconds("duration", 60);
        var crowd = SimulationSettings.Parse(args) with
        {
            Shoppers = a.Int("shoppers", 7200),
            Shape = CrowdShape.FlashCrowdWithin(arrivals, a.Double("surge", 10), TimeSpan.FromSeconds(a.Double("ramp", 10))),
            Duration = arrivals + a.Seconds("tail", 30) + TimeSpan.FromSeconds(10),
        };
        return new RealSettings(
            a.Regions(), crowd, arrivals, a.Seconds("tail", 30), a.Int("soft", 2), a.Int("hard", 6),
            a.Get("latency-simulation") is not "off");
    }

    /// <summary>The app host's settings for the edge router (handed through unchanged under <c>EdgeRouter:</c>).</summary>
    public string[] WorldSettings() =>
    [
        $"--EdgeRouter:Overflow:SoftLimit={SoftLimit.ToString(CultureInfo.InvariantCulture)}",
        $"--EdgeRouter:Overflow:HardLimit={HardLimit.ToString(CultureInfo.InvariantCulture)}",
        $"--EdgeRouter:Routing:LatencySimulation={(LatencySimulation ? "true" : "false")}",
    ];

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"crowd: {Crowd.Shoppers} shoppers (seed {Crowd.Seed}), {Crowd.Shape.Describe()}, {Crowd.PagesPerSession:0.#} pages per session, " +
        $"think {Crowd.ThinkSeconds:0.#} s; pages due more than {Tail.TotalSeconds:0} s after the last arrival are dropped\n" +
        $"world: {Regions.Count} regions ({string.Join(", ", Regions.Select(r => r.Name))}), one storefront instance each; edge limits per region: " +
        $"soft {SoftLimit}, hard {HardLimit} in flight; latency simulation {(LatencySimulation ? "on" : "off")}");
}
