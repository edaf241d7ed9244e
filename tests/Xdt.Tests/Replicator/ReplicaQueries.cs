using Npgsql;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Replicator;

/// <summary>Reads a replica database the way a test needs it.</summary>
public static class ReplicaQueries
{
    /// <summary>Products (name = sku) and stores (name = slug, price/stock 0) with ids in [from, to).</summary>
    public static async Task<Dictionary<long, ReplicaRow>> RowsAsync(this NpgsqlDataSource replica, long from, long to)
    {
        await using var command = replica.CreateCommand("""
            select id, sku, price, stock, deleted from catalog.products where id >= $1 and id < $2
            union all
            select id, slug, 0, 0, deleted from catalog.stores where id >= $1 and id < $2
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = to });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<long, ReplicaRow>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetInt64(0)] = new ReplicaRow(reader.GetInt64(0), reader.GetString(1), reader.GetDecimal(2), reader.GetInt32(3), reader.GetBoolean(4));
        }

        return rows;
    }

    public static async Task<ReplicaRow?> RowAsync(this NpgsqlDataSource replica, long id) =>
        (await replica.RowsAsync(id, id + 1)).GetValueOrDefault(id);

    /// <summary><c>next_offset</c> per partition of the change topic (absent before anything was applied).</summary>
    public static async Task<Dictionary<int, long>> NextOffsetsAsync(this NpgsqlDataSource replica)
    {
        await using var command = replica.CreateCommand("select to_regclass('replication.partitions') is not null");
        if (!(bool)(await command.ExecuteScalarAsync())!)
        {
            return [];
        }

        await using var select = replica.CreateCommand("select partition, next_offset from replication.partitions where topic = $1");
        select.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ChangeTopics.ProductUpdates });
        await using var reader = await select.ExecuteReaderAsync();
        var offsets = new Dictionary<int, long>();
        while (await reader.ReadAsync())
        {
            offsets[reader.GetInt32(0)] = reader.GetInt64(1);
        }

        return offsets;
    }

    /// <summary>True once every partition's stored position has reached the broker's end offset.</summary>
    public static async Task<bool> CaughtUpAsync(this NpgsqlDataSource replica, IReadOnlyDictionary<int, long> highWatermarks)
    {
        var offsets = await replica.NextOffsetsAsync();
        return highWatermarks.All(h => h.Value == 0 || offsets.GetValueOrDefault(h.Key) >= h.Value);
    }
}
