using Npgsql;
using Xdt.Catalog.Schema;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Integration)]
[Collection(ReplicatorCollection.Name)]
public sealed class ReplicatorCrashTests(ReplicatorFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Replicator_KilledMidStream_RestartsToTheExactStateAndOffsets()
    {
        const string region = "sydney";
        var ids = fixture.NextIdBlock();
        var script = new ChangeScript(ids, events: 1_000, stores: 6, seed: 42);
        await using var replica = await fixture.CreateReplicaAsync(region);
        await new SchemaMigrator(replica, DatabaseRole.Replica).MigrateAsync();

        // An uncommitted row with the blocker's id makes the replicator wait, mid-stream, inside its transaction.
        await using var blocker = await replica.OpenConnectionAsync();
        await using (var transaction = await blocker.BeginTransactionAsync())
        {
            await using (var insert = new NpgsqlCommand(
                "insert into catalog.products (id, store_id, sku, title, price, stock) values ($1, $2, 'BLOCKER', 'blocker', 1, 1)", blocker, transaction))
            {
                insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = script.BlockerId });
                insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = script.BlockerStoreId });
                await insert.ExecuteNonQueryAsync();
            }

            using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);
            script.Produce(producer);
            var highWatermarks = producer.HighWatermarks();
            var blockedPartition = ChangeProducer.PartitionOf(script.BlockerStoreId);

            var settings = new Dictionary<string, string> { ["Xdt__Replicator__MaxBatchEvents"] = "50" };
            var first = await fixture.StartReplicatorAsync(region, replica, settings);
            await Eventually.UntilAsync(() => WaitsOnLockAsync(replica), Within, "the replicator to reach the locked row", () => first.Output);
            await first.KillAsync();
            await first.DisposeAsync();

            var stored = await replica.NextOffsetsAsync();
            Assert.True(stored.Values.Sum() > 0, "some transactions were applied before the crash");
            Assert.True(stored.GetValueOrDefault(blockedPartition) < highWatermarks[blockedPartition], "the crash happened mid-stream");
            await transaction.RollbackAsync();

            await using var second = await fixture.StartReplicatorAsync(region, replica, settings);
            await Eventually.UntilAsync(() => replica.CaughtUpAsync(highWatermarks), Within, "the restarted replicator to catch up", () => second.Output);

            var offsets = await replica.NextOffsetsAsync();
            Assert.All(highWatermarks.Where(h => h.Value > 0), h => Assert.Equal(h.Value, offsets[h.Key]));
            var rows = await replica.RowsAsync(ids, ids + 1_000_000);
            Assert.Equal(script.Expected.Count, rows.Count);
            Assert.All(script.Expected.Values, expected => Assert.Equal(expected, rows.GetValueOrDefault(expected.Id)));
        }
    }

    private static async Task<bool> WaitsOnLockAsync(NpgsqlDataSource replica)
    {
        await using var command = replica.CreateCommand(
            "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and application_name like 'xdt-replicator-%'");
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
