using System.Globalization;
using Xdt.Bench.Shark.Simulation;
using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// The real run's command line. The crowd itself (arrivals, cities, pages, think times) is drawn exactly as the
/// simulation draws it, squeezed into <see cref="Arrivals"/>; the world gets small per-instance in-flight limits and an
/// autoscaler target below them so that overflow and scale-outs happen at the scale this machine can drive.
/// </summary>
/// <param name="Crowd">The simulation's crowd settings (its service times are not used: the storefronts serve).</param>
/// <param name="Tail">After the last arrival, pages still due within this long are sent; later ones are dropped.</param>
/// <param name="MaxInstances">Storefront instances the app host declares per region (the first always runs).</param>
/// <param name="Target">The autoscaler's target in-flight requests per instance.</param>
/// <param name="SyncPeriod">How often the autoscaler decides.</param>
/// <param name="ScaleDownWindow">The autoscaler's scale-down stabilisation window.</param>
/// <param name="LatencySimulation">The edge delays each way by its modelled one-way time, as the simulation's network does.</param>
public sealed record RealSettings(
    IReadOnlyList<Region> Regions, SimulationSettings Crowd, TimeSpan Arrivals, TimeSpan Tail, int SoftLimit, int HardLimit,
    int MaxInstances, double Target, TimeSpan SyncPeriod, TimeSpan ScaleDownWindow, bool LatencySimulation)
{
    public const string Chart = "artifacts/shark-real.png";

    public static RealSettings Parse(string[] args)
    {
        var a = new BenchArguments(args);
        var arrivals = a.Seconds("duration", 60);
        var crowd = SimulationSettings.Parse(args) with
        {
            Shoppers = a.Int("shoppers", 1800),
            Shape = CrowdShape.FlashCrowdWithin(arrivals, a.Double("surge", 10), TimeSpan.FromSeconds(a.Double("ramp", 10))),
            Duration = arrivals + a.Seconds("tail", 30) + TimeSpan.FromSeconds(10),
        };
        return new RealSettings(
            a.Regions(), crowd, arrivals, a.Seconds("tail", 30), a.Int("soft", 2), a.Int("hard", 6),
            a.Int("max-instances", 2), a.Double("target", 1.5), a.Seconds("sync", 5), a.Seconds("scale-down-window", 60),
            a.Get("latency-simulation") is not "off");
    }

    /// <summary>The app host's settings: instances per region, and the edge router's (handed through unchanged under <c>EdgeRouter:</c>).</summary>
    public string[] WorldSettings() =>
    [
        Invariant($"--Xdt:Autoscaling:MaxInstances={MaxInstances}"),
        Invariant($"--EdgeRouter:Autoscaling:TargetInFlightPerInstance={Target}"),
        Invariant($"--EdgeRouter:Autoscaling:SyncPeriod={SyncPeriod:c}"),
        Invariant($"--EdgeRouter:Autoscaling:ScaleDownStabilization={ScaleDownWindow:c}"),
        $"--EdgeRouter:Overflow:SoftLimit={SoftLimit.ToString(CultureInfo.InvariantCulture)}",
        $"--EdgeRouter:Overflow:HardLimit={HardLimit.ToString(CultureInfo.InvariantCulture)}",
        $"--EdgeRouter:Routing:LatencySimulation={(LatencySimulation ? "true" : "false")}",
    ];

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"crowd: {Crowd.Shoppers} shoppers (seed {Crowd.Seed}), {Crowd.Shape.Describe()}, {Crowd.PagesPerSession:0.#} pages per session, " +
        $"think {Crowd.ThinkSeconds:0.#} s; pages due more than {Tail.TotalSeconds:0} s after the last arrival are dropped\n" +
        $"world: {Regions.Count} regions ({string.Join(", ", Regions.Select(r => r.Name))}), 1 to {MaxInstances} storefront instances each; " +
        $"edge limits per live instance: soft {SoftLimit}, hard {HardLimit} in flight; latency simulation {(LatencySimulation ? "on" : "off")}");

    public string DescribeScaling() => Invariant(
        $"autoscaler target {Target:0.##} in flight per instance, decided every {SyncPeriod.TotalSeconds:0} s, scale-down window {ScaleDownWindow.TotalSeconds:0} s, at most {MaxInstances} instances per region");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
