using Npgsql;
using NpgsqlTypes;

namespace Xdt.Replicator.Apply;

/// <summary>
/// Reads and advances <c>replication.partitions</c>. The advance runs in the same transaction as the rows it covers;
/// LSN and times only move forward (a replayed older transaction must not pull the watermark back). When the newest
/// heartbeat moves forward, the replica's clock records when it was applied (<c>heartbeat_applied_at</c>).
/// </summary>
public static class PartitionCommands
{
    private const string AdvanceSql = """
        insert into replication.partitions as p (
            topic, partition, next_offset, applied_lsn, commit_time, heartbeat_time, heartbeat_applied_at, high_watermark, updated_at)
        values ($1, $2, $3, $4, $5, $6, case when $6 is not null then clock_timestamp() end, $7, now())
        on conflict (topic, partition) do update set
            next_offset = excluded.next_offset,
            applied_lsn = greatest(p.applied_lsn, excluded.applied_lsn),
            commit_time = greatest(p.commit_time, excluded.commit_time),
            heartbeat_time = greatest(p.heartbeat_time, excluded.heartbeat_time),
            heartbeat_applied_at = case when p.heartbeat_time is null or excluded.heartbeat_time > p.heartbeat_time
                then excluded.heartbeat_applied_at else p.heartbeat_applied_at end,
            high_watermark = coalesce(excluded.high_watermark, p.high_watermark),
            updated_at = excluded.updated_at
        """;

    public const string SelectSql = """
        select partition, next_offset, applied_lsn, commit_time, heartbeat_time, high_watermark
        from replication.partitions where topic = $1 order by partition
        """;

    public static NpgsqlBatchCommand Advance(string topic, PartitionProgress progress) => CatalogCommands.Command(AdvanceSql,
        CatalogCommands.Value(topic),
        CatalogCommands.Value(progress.Partition),
        CatalogCommands.Value(progress.NextOffset),
        CatalogCommands.Lsn(progress.AppliedLsn),
        Timestamp(progress.CommitTime),
        Timestamp(progress.HeartbeatTime),
        new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = progress.HighWatermark is { } high ? high : DBNull.Value });

    public static PartitionProgress Read(NpgsqlDataReader reader) => new(
        reader.GetInt32(0),
        reader.GetInt64(1),
        (ulong)reader.GetFieldValue<NpgsqlLogSequenceNumber>(2),
        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
        reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
        reader.IsDBNull(5) ? null : reader.GetInt64(5));

    private static NpgsqlParameter Timestamp(DateTimeOffset? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value is { } time ? time.ToUniversalTime() : DBNull.Value };
}
