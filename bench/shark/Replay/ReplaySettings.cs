using Xdt.Bench.Shark.Simulation;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Overflow;
using Xdt.Geography;

namespace Xdt.Bench.Shark.Replay;

/// <summary>
/// The simulation at a recorded real run's scale: the same crowd (same seed, shape, pages and think times, so
/// <see cref="Crowd.Draw"/> draws the same shoppers), the same limits and autoscaler, and the run's measured service
/// time, unmodelled time and instance start in place of the simulation's assumptions.
/// </summary>
public static class ReplaySettings
{
    /// <summary>Workers per simulated instance: this machine's cores, which every instance of the real world shares.</summary>
    private const int Workers = 2;

    /// <summary>Used when the recorded run scaled nothing out, so no instance start was measured.</summary>
    public const double UnmeasuredInstanceStartSeconds = 10;

    public static SimulationSettings From(RealRunRecord record)
    {
        var (c, calibration) = (record.Configuration, record.Calibration);
        var arrivals = TimeSpan.FromSeconds(c.ArrivalsSeconds);
        var tail = TimeSpan.FromSeconds(c.TailSeconds);
        return new SimulationSettings(
            Shoppers: c.Shoppers,
            Seed: c.Seed,
            Shape: CrowdShape.FlashCrowdWithin(arrivals, c.Surge, TimeSpan.FromSeconds(c.RampSeconds)),
            PagesPerSession: c.PagesPerSession,
            ThinkSeconds: c.ThinkSeconds,
            ServiceMs: calibration.ServiceMsMean,
            WorkersPerInstance: Workers,
            InitialInstances: c.MinInstances,
            PerInstance: new RegionCapacity(c.SoftLimit, c.HardLimit),
            Autoscaling: new AutoscalingOptions
            {
                MinInstances = c.MinInstances,
                MaxInstances = c.MaxInstances,
                TargetInFlightPerInstance = c.TargetInFlightPerInstance,
                SyncPeriod = TimeSpan.FromSeconds(c.SyncPeriodSeconds),
                ScaleUpStabilization = TimeSpan.FromSeconds(c.ScaleUpWindowSeconds),
                ScaleDownStabilization = TimeSpan.FromSeconds(c.ScaleDownWindowSeconds),
            },
            PodStart: TimeSpan.FromSeconds(calibration.MedianInstanceStartSeconds(UnmeasuredInstanceStartSeconds)),
            Timeout: TimeSpan.FromSeconds(c.ClientTimeoutSeconds),
            // As the real run: arrivals, the tail, then ten quiet seconds.
            Duration: arrivals + tail + TimeSpan.FromSeconds(10),
            Bucket: TimeSpan.FromSeconds(5))
        {
            Regions = [.. c.Regions.Select(Regions.Get)],
            InitialInstancesOf = record.Figures.Regions.ToDictionary(
                r => r.Region, r => Math.Max(c.MinInstances, r.InstancesAtStart), StringComparer.OrdinalIgnoreCase),
            OverheadMs = calibration.OverheadMsMean,
            LatencySimulation = c.LatencySimulation,
            SendUntilSeconds = (arrivals + tail).TotalSeconds,
        };
    }
}
