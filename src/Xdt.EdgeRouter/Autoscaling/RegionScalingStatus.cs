namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// A region's autoscaler on the status page. A <em>recommendation</em>: the local world runs one storefront instance per
/// region and nothing starts or stops instances, so <see cref="Desired"/> is what the region should have, not what it has.
/// </summary>
/// <param name="LiveInstances">Storefront instances the edge forwards to (one per region in the local world).</param>
/// <param name="Desired">The autoscaler's desired count after stabilisation and bounds.</param>
/// <param name="Recommended">The arithmetic alone at the last decision, before stabilisation and bounds.</param>
/// <param name="InFlightPerInstance">The metric at the last decision: mean in-flight requests over the sync period ÷ the instances it assumed.</param>
/// <param name="Target">The target in-flight requests per instance.</param>
/// <param name="DecidedAt">When the last decision was made; null before the first sync period has passed.</param>
/// <param name="ChangedAt">When <see cref="Desired"/> last changed; null while it is still the minimum it started at.</param>
public sealed record RegionScalingStatus(
    int LiveInstances,
    int Desired,
    int Recommended,
    double InFlightPerInstance,
    double Target,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ChangedAt)
{
    /// <summary>What <c>/_xdt/status</c> says the desired count is: advice for an operator or an orchestrator.</summary>
    public string Mode => "recommendation";
}
