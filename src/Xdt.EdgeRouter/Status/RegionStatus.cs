using Xdt.EdgeRouter.Autoscaling;

namespace Xdt.EdgeRouter.Status;

/// <summary>One region on the status page.</summary>
/// <param name="Autoscaler">The region's autoscaler: live and desired instances, a recommendation (see <see cref="RegionScalingStatus"/>).</param>
/// <param name="Requests">Requests the edge has sent to the region since it started (retries included): its traffic share is the difference between two readings.</param>
/// <param name="Health"><c>up</c>, <c>withdrawn</c>, <c>hold-down</c> or <c>drained</c>.</param>
public sealed record RegionStatus(
    string Name,
    string DisplayName,
    string Storefront,
    string Health,
    string Reason,
    DateTimeOffset? Since,
    int InFlight,
    long Requests,
    int SoftLimit,
    int HardLimit,
    double OverflowShare,
    int Preference,
    double PenaltyMs,
    RegionLag? Lag,
    RegionScalingStatus? Autoscaler);
