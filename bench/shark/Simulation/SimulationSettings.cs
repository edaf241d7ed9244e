using System.Globalization;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Overflow;
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
            },
            PodStart: TimeSpan.FromSeconds(a.Double("pod-start", 30)),
            Timeout: TimeSpan.FromSeconds(a.Double("timeout", 10)),
            Duration: TimeSpan.FromSeconds(a.Double("duration", 660)),
            Bucket: TimeSpan.FromSeconds(5));
    }

    /// <summary>Pages per second one instance serves when all its workers are busy.</summary>
    public double InstanceRate => WorkersPerInstance * 1000.0 / ServiceMs;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"crowd: {Shoppers} shoppers (seed {Seed}), {Shape.Describe()}, {PagesPerSession:0.#} pages per session, think {ThinkSeconds:0.#} s\n" +
        $"instance: {WorkersPerInstance} workers × {ServiceMs:0.#} ms per page (gamma, shape 2) = {InstanceRate:0} pages/s; " +
        $"{InitialInstances} per region at start; pod start {PodStart.TotalSeconds:0} s; shopper timeout {Timeout.TotalSeconds:0} s\n" +
        $"overflow per instance: soft {PerInstance.Soft}, hard {PerInstance.Hard} in flight; autoscaler: target " +
        $"{Autoscaling.TargetInFlightPerInstance:0.##} in flight per instance, tolerance {Autoscaling.Tolerance:0.##}, " +
        $"{Autoscaling.MinInstances}..{Autoscaling.MaxInstances} instances, every {Autoscaling.SyncPeriod.TotalSeconds:0} s, " +
        $"windows up {Autoscaling.ScaleUpStabilization.TotalSeconds:0} s / down {Autoscaling.ScaleDownStabilization.TotalSeconds:0} s");
}
