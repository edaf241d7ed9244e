using Xdt.EdgeRouter.Instances;

namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// A region's autoscaler and storefront instances on the status page. Where the app host declared more than one
/// instance for the region it starts and stops them to follow <see cref="Desired"/> (<see cref="Mode"/> <c>applied</c>);
/// with a single declared instance <see cref="Desired"/> is advice only (<c>recommendation</c>).
/// </summary>
/// <param name="LiveInstances">Storefront instances the edge forwards to: probed healthy (at least one).</param>
/// <param name="DeclaredInstances">Storefront instances the app host declared for the region, running or not.</param>
/// <param name="Desired">The autoscaler's desired count after stabilisation and bounds.</param>
/// <param name="Recommended">The arithmetic alone at the last decision, before stabilisation and bounds.</param>
/// <param name="InFlightPerInstance">The metric at the last decision: mean in-flight requests over the sync period ÷ the instances it assumed.</param>
/// <param name="Target">The target in-flight requests per instance.</param>
/// <param name="DecidedAt">When the last decision was made; null before the first sync period has passed.</param>
/// <param name="ChangedAt">When <see cref="Desired"/> last changed; null while it is still the minimum it started at.</param>
/// <param name="Instances">Every declared instance: live or not, and its requests in flight.</param>
public sealed record RegionScalingStatus(
    int LiveInstances,
    int DeclaredInstances,
    int Desired,
    int Recommended,
    double InFlightPerInstance,
    double Target,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? ChangedAt,
    IReadOnlyList<InstanceStatus> Instances)
{
    public const string Applied = "applied";
    public const string Recommendation = "recommendation";

    /// <summary><c>applied</c> when the app host has instances to start and stop for the region, else <c>recommendation</c>.</summary>
    public string Mode => DeclaredInstances > 1 ? Applied : Recommendation;
}
