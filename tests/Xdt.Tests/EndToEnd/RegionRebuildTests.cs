using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Confluent.Kafka;
using Npgsql;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// A region that was away longer than the log's retention cannot catch up from the log: it must rebuild its replica
/// from a snapshot of the primary and go on from the log, ending equal to the primary row by row — rows deleted while
/// it was away included — instead of silently skipping what retention dropped.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ShortRetentionWorldCollection.Name)]
public sealed class RegionRebuildTests(ShortRetentionWorld world)
{
    private const string Region = "frankfurt";

    [Fact]
    public async Task Region_CutOffPastRetention_RebuildsFromASnapshotAndEqualsThePrimaryDeletesIncluded()
    {
        var primary = (await world.GetConnectionStringAsync("primary"))!;
        var replica = (await world.GetConnectionStringAsync($"replica-{Region}"))!;
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("rebuild");
        var storeId = await ChangeLoad.StoreIdAsync(primary, slug);
        var partition = StorePartitioner.PartitionFor(storeId, ChangeTopics.DefaultPartitionCount);
        for (var i = 0; i < 10; i++)
        {
            await seller.CreateProductAsync(slug, $"KEEP-{i}", 10 + i);
            await seller.CreateProductAsync(slug, $"GONE-{i}", 20 + i);
        }

        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);

        using var control = ReplicatorControlClient();
        var before = await control.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
        using (var cut = await control.PostAsync(XdtPaths.KafkaLink, null))
        {
            Assert.True(cut.IsSuccessStatusCode, $"cut: {(int)cut.StatusCode}");
        }

        try
        {
            // Rows the region holds are deleted, then hundreds of changes follow, while the region is away.
            await ExecuteAsync(primary, "delete from catalog.products where store_id = $1 and sku like 'GONE-%'", storeId);
            await new ChangeLoad(primary, storeId).RunAsync(700);
            var stored = await StoredNextOffsetAsync(replica, partition);
            await Eventually.UntilAsync(() => Task.FromResult(OldestRetainedOffset(partition) > stored), WorldSettings.ReplicationTimeout,
                $"retention to drop partition {partition} past {Region}'s stored offset {stored}");
            Assert.NotEmpty(await LiveInReplicaButDeletedOnPrimaryAsync(primary, replica, storeId));
        }
        finally
        {
            using var heal = await control.DeleteAsync(XdtPaths.KafkaLink);
            Assert.True(heal.IsSuccessStatusCode, $"heal: {(int)heal.StatusCode}");
        }

        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
        var after = await control.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
        Assert.True(after.GetProperty("positionsLost").GetInt64() > before.GetProperty("positionsLost").GetInt64(), after.ToString());
        Assert.True(after.GetProperty("rebuilds").GetInt64() > before.GetProperty("rebuilds").GetInt64(), after.ToString());

        // After the rebuild the region follows the log again: later changes arrive without another rebuild.
        var later = await ChangeLoad.StoreIdAsync(primary, await seller.CreateStoreAsync("after-rebuild"));
        await new ChangeLoad(primary, later).RunAsync(30);
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
        var settled = await control.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
        Assert.Equal(after.GetProperty("rebuilds").GetInt64(), settled.GetProperty("rebuilds").GetInt64());
        Assert.Equal(JsonValueKind.Null, settled.GetProperty("rebuilding").ValueKind);
    }

    private long OldestRetainedOffset(int partition)
    {
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig
        {
            BootstrapServers = world.App.GetEndpoint("kafka", "kafka").Authority,
            GroupId = $"test-retention-{Guid.NewGuid():N}",
        }).Build();
        return consumer.QueryWatermarkOffsets(new TopicPartition(ChangeTopics.ProductUpdates, partition), TimeSpan.FromSeconds(10)).Low.Value;
    }

    private static async Task ExecuteAsync(string connectionString, string sql, long storeId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> StoredNextOffsetAsync(string replica, int partition)
    {
        await using var connection = new NpgsqlConnection(replica);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select next_offset from replication.partitions where topic = $1 and partition = $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ChangeTopics.ProductUpdates });
        command.Parameters.Add(new NpgsqlParameter { Value = partition });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Products of the store the replica still shows but the primary has deleted: what the rebuild must remove.</summary>
    private static async Task<List<long>> LiveInReplicaButDeletedOnPrimaryAsync(string primary, string replica, long storeId)
    {
        var onPrimary = await ProductIdsAsync(primary, storeId, "");
        var onReplica = await ProductIdsAsync(replica, storeId, "and not deleted");
        return [.. onReplica.Except(onPrimary)];
    }

    private static async Task<HashSet<long>> ProductIdsAsync(string connectionString, long storeId, string filter)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select id from catalog.products where store_id = $1 {filter}", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = storeId });
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private HttpClient ReplicatorControlClient()
    {
        var client = new HttpClient { BaseAddress = world.App.GetEndpoint($"replicator-{Region}", "http"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, WorldSettings.ControlKey);
        return client;
    }
}
