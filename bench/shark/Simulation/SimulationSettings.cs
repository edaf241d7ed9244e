using System.Globalization;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Overflow;
using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>
/// What the simulation assumes (all on the command line): the crowd, a storefront instance's capacity, the overflow
/// limits per instance and the autoscaler. The capacity figures are assumptions until calibrated from a real run.
/// </summary>
/// <param name="ServiceMs">Mean time an instance's worker spends on one page (gamma-distributed, shape 2).</param>
/// <param name="WorkersPerInstance">Pages one instance works on at once; more wait in the region's queue.</param>
/// <param name="InitialInstances">Instances every region runs before the crowd (the Beijing-only front gets all of them).</param>
/// <param name="PodStart">From a scale-out decision to the new instance taking requests.</param>
/// <param name="Timeout">A shopper gives up on a page after this long (the edge's activity timeout) and leaves.</param>
/// <param name="Duration">Simulated time: the crowd, then quiet until scale-in has had its window.</param>
public sealed record SimulationSettings(
    int Shoppers,
    int Seed,
    CrowdShape Shape,
    double PagesPerSession,
    double ThinkSeconds,
    double ServiceMs,
    int WorkersPerInstance,
    int InitialInstances,
    RegionCapacity PerInstance,
    AutoscalingOptions Autoscaling,
    TimeSpan PodStart,
    TimeSpan Timeout,
    TimeSpan Duration,
    TimeSpan Bucket)
{
    /// <summary>The regions of the world (the core always among them).</summary>
    public IReadOnlyList<Region> Regions { get; init; } = Geography.Regions.All;

    /// <summary>
    /// Time a page spends in flight beyond the network model and the instance's service: the client, the edge's own
    /// work, loopback hops. Zero unless calibrated from a real run (<see cref="Replay.RecordedCalibration.OverheadMsMean"/>).
    /// </summary>
    public double OverheadMs { get; init; }

    /// <summary>Shoppers are as far from their region as the network model says; off, every round trip is zero (a real run without latency simulation).</summary>
    public bool LatencySimulation { get; init; } = true;

    /// <summary>Instances a region runs before the crowd where it differs from <see cref="InitialInstances"/> (a replayed real run's).</summary>
    public IReadOnlyDictionary<string, int> InitialInstancesOf { get; init; } = new Dictionary<string, int>();

    /// <summary>Pages due after this many seconds are not sent (a real run's end); null sends every page.</summary>
    public double? SendUntilSeconds { get; init; }

    public static SimulationSettings Parse(string[] args)
    {
        var a = new BenchArguments(args);
        var initial = a.Int("instances", 2);
        return new SimulationSettings(
            Shoppers: a.Int("shoppers", 80_000),
            Seed: a.Int("seed", 1),
            Shape: CrowdShape.FlashCrowd(a.Double("surge", 10), TimeSpan.FromSeconds(a.Double("ramp", 10)), TimeSpan.FromSeconds(a.Double("plateau", 60))),
            PagesPerSession: a.Double("pages", 5),
            ThinkSeconds: a.Double("think", 5),
            ServiceMs: a.Double("service-ms", 8),
            WorkersPerInstance: a.Int("workers", 2),
            InitialInstances: initial,
            PerInstance: new RegionCapacity(a.Int("soft", 3), a.Int("hard", 6)),
            Autoscaling: new AutoscalingOptions
            {
                MinInstances = a.Int("min-instances", initial),
                MaxInstances = a.Int("max-instances", 12),
                TargetInFlightPerInstance = a.Double("target", 2),
                ScaleDownStabilization = TimeSpan.FromSeconds(a.Double("down-window", 300)),
                ScaleUpStabilization = TimeSpan.FromSeconds(a.Double("up-window", 0)),
                SyncPeriod = TimeSpan.FromSeconds(a.Double("sync", 15)),
            },
            PodStart: TimeSpan.FromSeconds(a.Double("pod-start", 30)),
            Timeout: TimeSpan.FromSeconds(a.Double("timeout", 10)),
            Duration: TimeSpan.FromSeconds(a.Double("duration", 660)),
            Bucket: TimeSpan.FromSeconds(5))
        {
            Regions = a.Regions(),
            OverheadMs = a.Double("overhead-ms", 0),
            LatencySimulation = a.Get("latency-simulation") is not "off",
        };
    }

    /// <summary>Pages per second one instance serves when all its workers are busy.</summary>
    public double InstanceRate => WorkersPerInstance * 1000.0 / ServiceMs;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"crowd: {Shoppers} shoppers (seed {Seed}), {Shape.Describe()}, {PagesPerSession:0.#} pages per session, think {ThinkSeconds:0.#} s\n" +
        $"instance: {WorkersPerInstance} workers × {ServiceMs:0.##} ms per page (gamma, shape 2) = {InstanceRate:0} pages/s; " +
        $"{InitialInstances} per region at start; pod start {PodStart.TotalSeconds:0} s; shopper timeout {Timeout.TotalSeconds:0} s\n" +
        $"overflow per instance: soft {PerInstance.Soft}, hard {PerInstance.Hard} in flight; autoscaler: target " +
        $"{Autoscaling.TargetInFlightPerInstance:0.##} in flight per instance, tolerance {Autoscaling.Tolerance:0.##}, " +
        $"{Autoscaling.MinInstances}..{Autoscaling.MaxInstances} instances, every {Autoscaling.SyncPeriod.TotalSeconds:0} s, " +
        $"windows up {Autoscaling.ScaleUpStabilization.TotalSeconds:0} s / down {Autoscaling.ScaleDownStabilization.TotalSeconds:0} s\n" +
        $"network: {(LatencySimulation ? "the edge's network model (round trip by distance)" : "none (round trips of zero)")}; " +
        $"{OverheadMs:0.##} ms of unmodelled time per page{(SendUntilSeconds is { } until ? $"; pages due after {until:0} s are not sent" : "")}; " +
        $"{Regions.Count} regions");
}
