namespace Xdt.EdgeRouter.Status;

/// <summary>
/// A region's replication position as its storefront last reported it to the edge. <see cref="State"/> is
/// <c>replicating</c>, or <c>rebuilding</c> (with <see cref="RebuildProgress"/>, 0…1 once known) while its replica is
/// rebuilt from a snapshot of the primary. <see cref="HeartbeatLagMs"/> is what the console's map shows: heartbeat-driven
/// like the <c>xdt_replicator_lag_milliseconds</c> metric, so an idle region reads milliseconds; <see cref="LagMs"/> is the
/// age of <see cref="AsOf"/>, which on an idle primary saw-tooths up to one heartbeat interval.
/// </summary>
public sealed record RegionLag(
    string AppliedLsn,
    double? LagMs,
    long? LagEvents,
    DateTimeOffset? LastHeartbeat,
    DateTimeOffset? AsOf,
    DateTimeOffset ObservedAt,
    string State,
    double? RebuildProgress,
    double? HeartbeatLagMs = null)
{
    public const string Replicating = "replicating";
    public const string Rebuilding = "rebuilding";
}
