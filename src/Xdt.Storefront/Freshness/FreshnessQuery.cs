using Npgsql;
using NpgsqlTypes;
using Xdt.Catalog.Changes;
using Xdt.Catalog.Replication;

namespace Xdt.Storefront.Freshness;

public static class FreshnessQuery
{
    // commit_time / heartbeat_time stay null while any partition has applied nothing: the region is not "as of"
    // anything until its slowest partition is.
    private const string Sql = """
        select count(*)::integer,
               coalesce(min(applied_lsn), '0/0'::pg_lsn),
               case when count(commit_time) = count(*) then min(commit_time) end,
               case when count(heartbeat_time) = count(*) then min(heartbeat_time) end,
               coalesce(sum(greatest(0, coalesce(high_watermark, next_offset) - greatest(next_offset, 0))), 0)::bigint,
               r.rows_copied, r.rows_total,
               -- How late the partitions' newest heartbeats were applied, where known (HeartbeatLagRule).
               max(heartbeat_applied_at - heartbeat_time)
        from replication.partitions
        left join lateral (
            -- A rebuild under way: the rows served are the old ones until it commits.
            select rows_copied, rows_total from replication.rebuilds where finished_at is null order by id desc limit 1
        ) r on true
        where topic = $1
        group by r.rows_copied, r.rows_total
        """;

    public static async Task<FreshnessSnapshot> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = ChangeTopics.ProductUpdates });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // No row at all: the replicator has not recorded any partition yet.
        if (!await reader.ReadAsync(cancellationToken))
        {
            return FreshnessSnapshot.Empty;
        }

        return new FreshnessSnapshot(
            reader.GetInt32(0),
            (ulong)reader.GetFieldValue<NpgsqlLogSequenceNumber>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetInt64(4),
            reader.IsDBNull(5) ? null : new RebuildCopy(reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6)),
            reader.IsDBNull(7) ? null : reader.GetFieldValue<TimeSpan>(7));
    }
}
