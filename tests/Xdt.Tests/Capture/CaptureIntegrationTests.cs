using System.Diagnostics;
using Xdt.Catalog.Changes;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Capture;

[CollectionDefinition(Name)]
public sealed class CaptureCollection : ICollectionFixture<CaptureWorld>
{
    public const string Name = "capture";
}

/// <summary>PostgreSQL + Kafka host + the capture service, all real processes; assertions read the topic like a replicator.</summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(CaptureCollection.Name)]
public sealed class CaptureIntegrationTests(CaptureWorld world)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private const string Seed = """
        insert into catalog.sellers (name, api_key_hash) values ('seller', '\x01');
        insert into catalog.stores (seller_id, slug, name, currency) values (1, 'alpha', 'Alpha', 'EUR');
        insert into catalog.products (store_id, sku, title, price, stock) values (1, 'a1', 'A1', 10.00, 5);
        """;

    [Fact]
    public async Task Capture_ExistingRowsThenTransactionAcrossTwoStores_PublishesSnapshotThenContiguousPartitionRuns()
    {
        await using var scenario = await world.PrepareAsync();
        await scenario.ExecuteAsync(Seed);
        await using var capture = await scenario.StartCaptureAsync();
        using var reader = scenario.Reader();

        var snapshot = reader.ReadUntil(seen => seen.Count(s => s.Envelope.Op == ChangeOperations.Read) == 2, Timeout)
            .Where(s => s.Envelope.Op == ChangeOperations.Read).ToList();
        Assert.Contains(snapshot, s => s.IsRow("stores", 1) && s.Partition == 1);
        Assert.Contains(snapshot, s => s.IsRow("products", 1) && s.Partition == 1 && (decimal)s.Envelope.After!["price"]! == 10.00m);
        Assert.Equal(["true", "last"], snapshot.Select(s => s.Envelope.Source.Snapshot));
        Assert.All(snapshot, s => Assert.InRange(s.Envelope.Source.Lsn, 1ul, s.Envelope.Source.CommitLsn));
        Assert.Single(snapshot.Select(s => (s.Envelope.Source.Lsn, s.Envelope.Source.CommitLsn)).Distinct());
        Assert.All(snapshot, s => Assert.Null(s.Envelope.Transaction));

        var xid = await scenario.TransactionAsync("""
            insert into catalog.stores (seller_id, slug, name, currency) values (1, 'beta', 'Beta', 'USD');
            insert into catalog.products (store_id, sku, title, price, stock) values (1, 'a2', 'A2', 5, 1), (2, 'b1', 'B1', 7, 1);
            update catalog.products set price = 9.99 where id = 1;
            delete from catalog.products where id = 2;
            """);

        var seen = reader.ReadUntil(s => s.Count(e => e.Envelope.Transaction is not null) == 5, Timeout);
        var transaction = seen.Where(e => e.Envelope.Transaction is not null).ToList();
        Assert.All(transaction, e => Assert.Equal(xid, e.Envelope.Source.TxId));
        Assert.Single(transaction.Select(e => e.Envelope.Transaction!.Id).Distinct());
        Assert.Single(transaction.Select(e => e.Envelope.Source.CommitLsn).Distinct());
        Assert.True(transaction[0].Envelope.Source.CommitLsn > snapshot[0].Envelope.Source.CommitLsn);
        Assert.All(transaction, e => Assert.True(e.Envelope.Source.Lsn > snapshot[0].Envelope.Source.Lsn));
        Assert.All(transaction, e => Assert.StartsWith("00-", e.TraceParent));

        // Store 1 (alpha) is partition 1, store 2 (beta) partition 2; each partition's run is contiguous and numbered.
        var alpha = transaction.Where(e => e.Partition == 1).OrderBy(e => e.Offset).ToList();
        var beta = transaction.Where(e => e.Partition == 2).OrderBy(e => e.Offset).ToList();
        Assert.Equal(["c products:2", "u products:1", "d products:2"], alpha.Select(Describe));
        Assert.Equal(["c stores:2", "c products:3"], beta.Select(Describe));
        Assert.Equal([2L, 4, 5], alpha.Select(e => e.Envelope.Transaction!.TotalOrder));
        Assert.Equal([1L, 3], beta.Select(e => e.Envelope.Transaction!.TotalOrder));
        Assert.Equal([1, 2, 3], alpha.Select(e => e.Envelope.Transaction!.PartitionEventOrder));
        Assert.All(alpha, e => Assert.Equal(3, e.Envelope.Transaction!.PartitionEventCount));
        Assert.All(beta, e => Assert.Equal(2, e.Envelope.Transaction!.PartitionEventCount));
        Assert.Equal(alpha.Select(e => e.Offset), Enumerable.Range((int)alpha[0].Offset, 3).Select(o => (long)o));

        var update = alpha[1].Envelope;
        Assert.Equal(10.00m, (decimal)update.Before!["price"]!);
        Assert.Equal(9.99m, (decimal)update.After!["price"]!);
        Assert.Equal("A1", (string)update.After["title"]!);
        Assert.Null(alpha[2].Envelope.After);
        Assert.Equal(1L, (long)alpha[2].Envelope.Before!["store_id"]!);
        Assert.True(DateTimeOffset.TryParse((string)beta[0].Envelope.After!["created_at"]!, out _));
        Assert.Equal("USD", (string)beta[0].Envelope.After!["currency"]!);
        Assert.True(alpha.Select(e => e.Envelope.Source.Lsn).SequenceEqual(alpha.Select(e => e.Envelope.Source.Lsn).Order()));

        // Heartbeats after the transaction reach every partition, and the slot is confirmed past the transaction.
        var commitLsn = transaction[0].Envelope.Source.CommitLsn;
        var afterCommit = reader.ReadUntil(s => Enumerable.Range(0, ChangeTopics.DefaultPartitionCount).All(p =>
            s.Any(e => e.Partition == p && e.Envelope.IsHeartbeat && e.Envelope.Source.CommitLsn > commitLsn)), Timeout);
        Assert.All(afterCommit.Where(e => e.Envelope.IsHeartbeat), e => Assert.Equal(ChangeKey.ForHeartbeat(e.Partition), e.Key));
        await Eventually.UntilAsync(async () => await scenario.ConfirmedFlushAsync() >= commitLsn, Timeout, "the slot to be confirmed past the transaction");
    }

    [Fact]
    public async Task Capture_TransactionCarryingItsWritersTrace_EveryEventCarriesAChildOfItAndHeartbeatsNone()
    {
        await using var scenario = await world.PrepareAsync();
        await scenario.ExecuteAsync(Seed);
        await using var capture = await scenario.StartCaptureAsync();
        using var reader = scenario.Reader();
        reader.ReadUntil(seen => seen.Count(s => s.Envelope.Op == ChangeOperations.Read) == 2, Timeout);
        var writer = new ActivityContext(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);

        // What the admin writes: the message first, in the same transaction as the change.
        var xid = await scenario.TransactionAsync($"""
            select pg_logical_emit_message(true, '{LogicalMessage.TracePrefix}', '{ChangeTrace.Format(writer)}');
            insert into catalog.stores (seller_id, slug, name, currency) values (1, 'gamma', 'Gamma', 'USD');
            update catalog.products set price = 11.00 where id = 1;
            """);

        var seen = reader.ReadUntil(s => s.Count(e => e.Envelope.Source.TxId == xid && e.Envelope.Transaction is not null) == 2
            && s.Any(e => e.Envelope.IsHeartbeat && e.Envelope.Source.CommitLsn > s.First(t => t.Envelope.Source.TxId == xid).Envelope.Source.CommitLsn), Timeout);
        var events = seen.Where(e => e.Envelope.Source.TxId == xid).ToList();
        Assert.DoesNotContain(events, e => e.Envelope.Op == ChangeOperations.Message);
        var publishes = events.Select(e => Assert.IsType<string>(e.TraceParent)).Distinct().ToList();
        Assert.True(ChangeTrace.TryParse(Assert.Single(publishes), out var publish));
        Assert.Equal(writer.TraceId, publish.TraceId);
        Assert.NotEqual(writer.SpanId, publish.SpanId);
        Assert.Equal(ActivityTraceFlags.Recorded, publish.TraceFlags);
        Assert.All(seen.Where(e => e.Envelope.IsHeartbeat), e => Assert.Null(e.TraceParent));
    }

    [Fact]
    public async Task Capture_KilledWhileWritesContinue_RestartPublishesEveryCommittedChangeInOrder()
    {
        await using var scenario = await world.PrepareAsync();
        await scenario.ExecuteAsync(Seed + "insert into catalog.stores (seller_id, slug, name, currency) values (1, 'beta', 'Beta', 'USD');");
        await using var capture = await scenario.StartCaptureAsync();
        using var reader = scenario.Reader();
        reader.ReadUntil(seen => seen.Count(s => s.Envelope.Op == ChangeOperations.Read) == 3, Timeout);

        for (var i = 0; i < 100; i++)
        {
            if (i == 50)
            {
                await capture.KillAsync();
            }

            await scenario.ExecuteAsync($"insert into catalog.products (store_id, sku, title, price, stock) values ({1 + (i % 2)}, 'k{i}', 'K{i}', 1, 1)");
        }

        await using var restarted = await scenario.StartCaptureAsync();
        var productIds = Enumerable.Range(2, 100).Select(i => (long)i).ToList();
        var seen = reader.ReadUntil(s => productIds.All(id => s.Any(e => e.Envelope.Op == ChangeOperations.Create && e.IsRow("products", id))), Timeout);

        // Nothing lost, the snapshot not redone, and per partition every product first appears in commit order.
        Assert.Equal(3, seen.Count(e => e.Envelope.Op == ChangeOperations.Read));
        foreach (var partition in seen.Where(e => e.Key.Table == "products").GroupBy(e => e.Partition))
        {
            var firstSeen = partition.OrderBy(e => e.Offset).Select(e => e.Key.Id!.Value).Distinct().ToList();
            Assert.Equal(firstSeen.Order(), firstSeen);
        }

        var status = await CaptureProcess.StatusAsync(restarted);
        Assert.Equal("completed", (string?)status["snapshot"]);
    }

    [Fact]
    public async Task Capture_SlotLeftBySnapshotThatNeverCompleted_DropsSlotAndCopiesAgain()
    {
        await using var scenario = await world.PrepareAsync();
        await scenario.ExecuteAsync(Seed);
        // What a capture killed mid-copy leaves behind: the slot, but no completion row.
        await scenario.ExecuteAsync($"select pg_create_logical_replication_slot('{scenario.SlotName}', 'pgoutput')");
        var abandonedAt = await scenario.ConfirmedFlushAsync();

        await using var capture = await scenario.StartCaptureAsync();
        using var reader = scenario.Reader();
        var snapshot = reader.ReadUntil(seen => seen.Count(s => s.Envelope.Op == ChangeOperations.Read) == 2, Timeout);

        Assert.Contains(snapshot, s => s.IsRow("stores", 1));
        Assert.Contains(snapshot, s => s.IsRow("products", 1));
        Assert.True(snapshot[0].Envelope.Source.CommitLsn > abandonedAt, "the slot was recreated at a new consistent point");
        Assert.Equal(1L, await scenario.ScalarAsync<long>($"select count(*) from capture.snapshots where slot_name = '{scenario.SlotName}'"));
    }

    private static string Describe(ReadChange change) => $"{change.Envelope.Op} {change.Key.Table}:{change.Key.Id}";

}
