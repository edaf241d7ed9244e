namespace Xdt.EdgeRouter.Status;

/// <summary>
/// A region's replication position as its storefront last reported it to the edge. <see cref="State"/> is
/// <c>replicating</c>, or <c>rebuilding</c> (with <see cref="RebuildProgress"/>, 0…1 once known) while its replica is
/// rebuilt from a snapshot of the primary.
/// </summary>
public sealed record RegionLag(
    string AppliedLsn,
    double? LagMs,
    long? LagEvents,
    DateTimeOffset? LastHeartbeat,
    DateTimeOffset? AsOf,
    DateTimeOffset ObservedAt,
    string State,
    double? RebuildProgress)
{
    public const string Replicating = "replicating";
    public const string Rebuilding = "rebuilding";
}
