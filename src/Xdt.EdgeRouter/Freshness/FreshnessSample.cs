using Xdt.Catalog.Replication;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>
/// One answer of a storefront's <c>/_xdt/freshness</c>, plus when the edge saw it. <see cref="Rebuilding"/> is set while
/// the region's replica is rebuilt from a snapshot: its rows are old until that is done. <see cref="LagMs"/> is the age of
/// <see cref="AsOf"/>, <see cref="HeartbeatLagMs"/> the heartbeat-driven lag (the replicator's lag gauge's rule).
/// </summary>
public sealed record FreshnessSample(
    string Region,
    ulong AppliedLsn,
    string AppliedLsnText,
    DateTimeOffset? AsOf,
    DateTimeOffset? LastHeartbeat,
    long? LagEvents,
    double? LagMs,
    DateTimeOffset ObservedAt,
    RebuildCopy? Rebuilding = null,
    double? HeartbeatLagMs = null);
