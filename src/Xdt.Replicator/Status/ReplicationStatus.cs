using Xdt.Catalog.Changes;

namespace Xdt.Replicator.Status;

/// <summary>
/// <c>GET /_xdt/replication</c>. Region-wide figures are minimums over partitions: the capture publishes in commit order
/// and heartbeats reach every partition, so the slowest partition bounds what the region is guaranteed to have.
/// <see cref="LagMs"/> is the age of that guarantee (it includes up to one heartbeat interval and keeps growing while
/// the region is cut off), like the storefront's <c>/_xdt/freshness</c>; the <c>xdt.replicator.lag</c> metric is
/// heartbeat-driven instead (<see cref="HeartbeatLag"/>).
/// </summary>
public sealed record ReplicationStatus(
    string Region,
    bool Connected,
    string AppliedLsn,
    DateTimeOffset? AsOf,
    DateTimeOffset? LastHeartbeat,
    long LagEvents,
    double? LagMs,
    long EventsApplied,
    long DeadLettered,
    long PositionsLost,
    long Rebuilds,
    RebuildStatus? Rebuilding,
    IReadOnlyList<PartitionStatus> Partitions)
{
    public static ReplicationStatus From(string region, ReplicationState state, DateTimeOffset now)
    {
        var partitions = state.Partitions;
        var asOf = partitions.Count == 0 || partitions.Any(p => p.CommitTime is null) ? null : partitions.Min(p => p.CommitTime);
        var heartbeat = partitions.Count == 0 || partitions.Any(p => p.HeartbeatTime is null) ? null : partitions.Min(p => p.HeartbeatTime);
        return new ReplicationStatus(
            region,
            state.Connected,
            Lsn.Format(partitions.Count == 0 ? 0 : partitions.Min(p => p.AppliedLsn)),
            asOf,
            heartbeat,
            partitions.Sum(p => p.LagEvents ?? 0),
            asOf is { } time ? Math.Max(0, (now - time).TotalMilliseconds) : null,
            state.EventsApplied,
            state.DeadLettered,
            state.PositionsLost,
            state.Rebuilds,
            state.Rebuilding is { } rebuild ? RebuildStatus.From(rebuild) : null,
            [.. partitions.Select(p => new PartitionStatus(
                p.Partition, p.NextOffset, Lsn.Format(p.AppliedLsn), p.CommitTime, p.HeartbeatTime, p.HighWatermark, p.LagEvents))]);
    }
}
