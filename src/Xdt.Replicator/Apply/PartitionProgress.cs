namespace Xdt.Replicator.Apply;

/// <summary>One row of <c>replication.partitions</c>: how far a partition has been applied to the replica.</summary>
public sealed record PartitionProgress(
    int Partition,
    long NextOffset,
    ulong AppliedLsn,
    DateTimeOffset? CommitTime,
    DateTimeOffset? HeartbeatTime,
    long? HighWatermark)
{
    /// <summary>A stored next offset meaning "the oldest event the log retains" (Kafka's logical offset -2, beginning).</summary>
    public const long OldestRetained = -2;

    public long? LagEvents => HighWatermark is { } high && NextOffset >= 0 ? Math.Max(0, high - NextOffset) : null;

    /// <summary>Folds a newer advance into this one with the same rules the SQL uses (positions never go backwards).</summary>
    public PartitionProgress Merge(PartitionProgress newer) => new(
        Partition,
        newer.NextOffset,
        Math.Max(AppliedLsn, newer.AppliedLsn),
        Max(CommitTime, newer.CommitTime),
        Max(HeartbeatTime, newer.HeartbeatTime),
        newer.HighWatermark ?? HighWatermark);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
