namespace Xdt.EdgeRouter.Status;

/// <summary>A region's replication position as its storefront last reported it to the edge.</summary>
public sealed record RegionLag(
    string AppliedLsn,
    double? LagMs,
    long? LagEvents,
    DateTimeOffset? LastHeartbeat,
    DateTimeOffset? AsOf,
    DateTimeOffset ObservedAt);
