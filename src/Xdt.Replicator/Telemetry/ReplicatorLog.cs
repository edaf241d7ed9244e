using Microsoft.Extensions.Logging;

namespace Xdt.Replicator.Telemetry;

/// <summary>Every log line of the replicator, source-generated.</summary>
public static partial class ReplicatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Replica schema migrated to version {Version}")]
    public static partial void Migrated(this ILogger logger, int version);

    [LoggerMessage(3, LogLevel.Information, "Partitions assigned: {Positions}")]
    public static partial void PartitionsAssigned(this ILogger logger, string positions);

    [LoggerMessage(4, LogLevel.Information, "Partitions revoked: {Partitions}")]
    public static partial void PartitionsRevoked(this ILogger logger, string partitions);

    [LoggerMessage(5, LogLevel.Warning, "Dead-lettered partition {Partition} offset {Offset}: {Reason}")]
    public static partial void DeadLettered(this ILogger logger, int partition, long offset, string reason);

    [LoggerMessage(6, LogLevel.Warning, "A batch of {Units} transactions was rejected; applying them one by one")]
    public static partial void BatchRejected(this ILogger logger, int units);

    [LoggerMessage(7, LogLevel.Warning, "Partition {Partition}: an unfinished run of {Events} events was replaced by a replay at offset {Offset}")]
    public static partial void RunReplaced(this ILogger logger, int partition, int events, long offset);

    [LoggerMessage(8, LogLevel.Error, "Partition {Partition}: out-of-sequence transaction event at offset {Offset}")]
    public static partial void OutOfSequence(this ILogger logger, int partition, long offset);

    [LoggerMessage(9, LogLevel.Warning, "Kafka consumer error: {Reason}")]
    public static partial void ConsumerError(this ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Error, "Fatal Kafka consumer error, the consumer will be recreated: {Reason}")]
    public static partial void ConsumerFatal(this ILogger logger, string reason);

    [LoggerMessage(11, LogLevel.Debug, "Informative Kafka offset not stored: {Reason}")]
    public static partial void OffsetStoreFailed(this ILogger logger, string reason);

    [LoggerMessage(12, LogLevel.Warning, "Cut off from Kafka by a control request")]
    public static partial void Cut(this ILogger logger);

    [LoggerMessage(13, LogLevel.Information, "Reconnecting to Kafka after a control request")]
    public static partial void Healed(this ILogger logger);

    [LoggerMessage(15, LogLevel.Information, "Consuming {Topic} as group {Group} from {Servers}")]
    public static partial void Consuming(this ILogger logger, string topic, string group, string servers);

    [LoggerMessage(16, LogLevel.Critical,
        "Partition {Partition}: the stored position is no longer in the log ({Reason}); the changes in between are gone from the log, so the replica is rebuilt from a snapshot of the primary")]
    public static partial void PositionLost(this ILogger logger, int partition, string reason);

    [LoggerMessage(17, LogLevel.Warning, "Partition {Partition}: transaction {Transaction} dead-lettered whole ({Events} events); none of its rows was applied")]
    public static partial void TransactionDeadLettered(this ILogger logger, int partition, string? transaction, int events);

    [LoggerMessage(20, LogLevel.Warning, "Closing the Kafka consumer failed: {Reason}")]
    public static partial void CloseFailed(this ILogger logger, string reason);

    [LoggerMessage(21, LogLevel.Warning, "Rebuilding the replica from a snapshot of the primary: {Reason}. The storefront serves the old rows, marked stale, until it is done")]
    public static partial void RebuildStarted(this ILogger logger, string reason);

    [LoggerMessage(22, LogLevel.Information, "Replica rebuilt: {Rows} rows at consistent point {ConsistentPoint} in {Duration}; continuing from the log")]
    public static partial void RebuildFinished(this ILogger logger, long rows, string consistentPoint, TimeSpan duration);
}
