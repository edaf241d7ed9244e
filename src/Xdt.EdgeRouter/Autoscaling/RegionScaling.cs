namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>One region's autoscaler with the in-flight samples of the current sync period and its last decision.</summary>
internal sealed class RegionScaling(RegionAutoscaler autoscaler, int initialDesired)
{
    private double _sampleSum;
    private int _samples;

    public int Desired { get; private set; } = initialDesired;

    public ScaleDecision? Last { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    public void Sample(int inFlight)
    {
        _sampleSum += inFlight;
        _samples++;
    }

    /// <summary>
    /// Decides on the period's mean in-flight count. The autoscaler's "current" is its own last desired count — what a
    /// Deployment under the HPA has in <c>spec.replicas</c>, starting instances included — so the tolerance band and
    /// windows behave as they do there, whether or not anything applies the count.
    /// </summary>
    public ScalingChange? Decide(string region)
    {
        var mean = _samples > 0 ? _sampleSum / _samples : 0.0;
        (_sampleSum, _samples) = (0, 0);
        var decision = autoscaler.Decide(Desired, mean);
        var previous = Desired;
        Last = decision;
        Desired = decision.Desired;
        if (decision.Desired == previous)
        {
            return null;
        }

        ChangedAt = decision.At;
        return new ScalingChange(region, previous, decision);
    }
}
