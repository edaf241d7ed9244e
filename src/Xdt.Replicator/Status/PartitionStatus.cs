namespace Xdt.Replicator.Status;

/// <summary>One partition in <c>GET /_xdt/replication</c>.</summary>
public sealed record PartitionStatus(
    int Partition,
    long NextOffset,
    string AppliedLsn,
    DateTimeOffset? CommitTime,
    DateTimeOffset? HeartbeatTime,
    long? HighWatermark,
    long? LagEvents);
