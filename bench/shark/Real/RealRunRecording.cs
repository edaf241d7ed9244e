using Xdt.Bench.Shark.Replay;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.Testing;

namespace Xdt.Bench.Shark.Real;

/// <summary>Turns a finished real run into the record the simulation replays.</summary>
public static class RealRunRecording
{
    public const string Path = "artifacts/shark-real.json";

    /// <summary>The app host's bounds (<c>StorefrontScalingBuilderExtensions</c>): the first instance always runs.</summary>
    private const int MinInstances = 1;

    public static RealRunRecord Of(RealSettings settings, RealResult result, RecordedMachine machine, DateTimeOffset at)
    {
        var crowd = settings.Crowd;
        var configuration = new RecordedConfiguration(
            crowd.Shoppers, crowd.Seed, settings.Arrivals.TotalSeconds, settings.Tail.TotalSeconds, crowd.Shape.Surge, crowd.Shape.Ramp.TotalSeconds,
            crowd.PagesPerSession, crowd.ThinkSeconds, [.. settings.Regions.Select(r => r.Name)], settings.SoftLimit, settings.HardLimit,
            MinInstances, settings.MaxInstances, settings.Target, settings.SyncPeriod.TotalSeconds,
            new AutoscalingOptions().ScaleUpStabilization.TotalSeconds, settings.ScaleDownWindow.TotalSeconds,
            settings.LatencySimulation, SourceBoundClient.Timeout.TotalSeconds);
        var calibration = new RecordedCalibration(
            result.Service.Mean, result.Service.P50, result.Service.P95, result.Service.Count,
            result.OverheadMs.Mean, result.OverheadMs.P50, result.OverheadMs.P95, result.InstanceStartSeconds);
        var figures = new RecordedFigures(
            result.Requests, result.Errors, result.Dropped, result.P50, result.P95, result.P99, result.OverflowShare, result.ScaleOuts,
            [.. result.Regions.Select(r => new RecordedRegion(r.Region, r.Shoppers, r.Requests, r.Errors, r.P50, r.P95, r.P99, r.OverflowOut, r.MaxInstances, r.InstancesAtStart))]);
        return new RealRunRecord(at, machine, configuration, calibration, figures);
    }
}
