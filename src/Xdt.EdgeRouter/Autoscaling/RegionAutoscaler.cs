namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// One region's HorizontalPodAutoscaler: the arithmetic of <see cref="HpaArithmetic"/>, then the behaviour's
/// stabilisation windows (a scale-up goes no higher than the lowest recommendation of the scale-up window, a
/// scale-down no lower than the highest of the scale-down window), then min and max. Not thread-safe: one caller
/// evaluates it every <see cref="AutoscalingOptions.SyncPeriod"/>.
/// </summary>
public sealed class RegionAutoscaler(AutoscalingOptions options, TimeProvider time)
{
    private readonly List<Recommendation> _recommendations = [];

    /// <param name="current">Instances the region has, running or starting.</param>
    /// <param name="inFlight">Requests in flight to the region (averaged over the sync period by the caller if it likes).</param>
    public ScaleDecision Decide(int current, double inFlight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        var now = time.GetUtcNow();
        var metric = current > 0 ? inFlight / current : 0.0;
        var recommended = HpaArithmetic.Desired(current, metric, options.TargetInFlightPerInstance, options.Tolerance);
        var desired = Math.Clamp(Stabilise(current, recommended, now), options.MinInstances, options.MaxInstances);
        return new ScaleDecision(now, current, metric, recommended, desired);
    }

    private int Stabilise(int current, int recommended, DateTimeOffset now)
    {
        var upCutoff = now - options.ScaleUpStabilization;
        var downCutoff = now - options.ScaleDownStabilization;
        var (up, down) = (recommended, recommended);
        foreach (var r in _recommendations)
        {
            if (r.At > upCutoff)
            {
                up = Math.Min(up, r.Instances);
            }

            if (r.At > downCutoff)
            {
                down = Math.Max(down, r.Instances);
            }
        }

        _recommendations.RemoveAll(r => r.At <= upCutoff && r.At <= downCutoff);
        _recommendations.Add(new Recommendation(now, recommended));
        return Math.Min(Math.Max(current, up), down);
    }
}
