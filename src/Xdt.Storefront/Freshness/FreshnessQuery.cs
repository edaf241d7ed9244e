using Npgsql;
using NpgsqlTypes;
using Xdt.Catalog.Changes;

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
               coalesce(sum(greatest(0, coalesce(high_watermark, next_offset) - next_offset)), 0)::bigint
        from replication.partitions
        where topic = $1
        """;

    public static async Task<FreshnessSnapshot> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = ChangeTopics.ProductUpdates });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var partitions = reader.GetInt32(0);
        if (partitions == 0)
        {
            return FreshnessSnapshot.Empty;
        }

        return new FreshnessSnapshot(
            partitions,
            (ulong)reader.GetFieldValue<NpgsqlLogSequenceNumber>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetInt64(4));
    }
}
