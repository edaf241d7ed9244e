using System.Text;
using System.Text.Json.Nodes;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ChangeBatchBuilderTests
{
    private const int Partitions = 6;
    private static readonly DateTimeOffset CommitTime = new(2026, 11, 24, 22, 10, 0, TimeSpan.Zero);

    [Fact]
    public void Build_TransactionSpanningTwoStores_PublishesEachPartitionContiguouslyNumbered()
    {
        // Store 1 → partition 1, store 2 → partition 2; changes interleave across the stores.
        var transaction = new CapturedTransaction(735, 5000, CommitTime,
        [
            Insert("stores", Store(1), 100),
            Insert("stores", Store(2), 110),
            Insert("products", Product(10, 1), 120),
            Insert("products", Product(11, 2), 130),
            new CapturedChange("catalog", "products", ChangeOperations.Update, Product(10, 1), Product(10, 1, 9.5m), 140),
            new CapturedChange("catalog", "products", ChangeOperations.Delete, Product(11, 2), null, 150),
        ]);

        var events = new ChangeBatchBuilder("xdt", Partitions).Build(transaction, nowMs: 1);

        Assert.Equal([1, 1, 1, 2, 2, 2], events.Select(e => e.Partition));
        Assert.Equal([1L, 3, 5, 2, 4, 6], events.Select(e => e.Envelope.Transaction!.TotalOrder));
        Assert.Equal([1, 2, 3, 1, 2, 3], events.Select(e => e.Envelope.Transaction!.PartitionEventOrder));
        Assert.All(events, e => Assert.Equal(3, e.Envelope.Transaction!.PartitionEventCount));
        Assert.Equal([1L, 1, 3, 2, 2, 4], events.Select(e => e.Envelope.Transaction!.DataCollectionOrder));
        Assert.Equal(["c", "c", "u", "c", "c", "d"], events.Select(e => e.Envelope.Op));
        Assert.All(events, e => Assert.Equal("735:5000", e.Envelope.Transaction!.Id));
    }

    [Fact]
    public void Build_RowChange_CarriesSourcePositionsKeyAndImages()
    {
        var before = Product(10, 1);
        var after = Product(10, 1, 9.5m);
        var transaction = new CapturedTransaction(9, 5000, CommitTime,
            [new CapturedChange("catalog", "products", ChangeOperations.Update, before, after, 140)]);

        var single = Assert.Single(new ChangeBatchBuilder("xdt", Partitions).Build(transaction, nowMs: 77));

        Assert.Equal(ChangeKey.ForRow("catalog", "products", 10), single.Key);
        Assert.Equal(140ul, single.Envelope.Source.Lsn);
        Assert.Equal(5000ul, single.Envelope.Source.CommitLsn);
        Assert.Equal(9L, single.Envelope.Source.TxId);
        Assert.Equal(CommitTime.ToUnixTimeMilliseconds(), single.Envelope.Source.TsMs);
        Assert.Equal("false", single.Envelope.Source.Snapshot);
        Assert.Equal(77, single.Envelope.TsMs);
        Assert.Same(before, single.Envelope.Before);
        Assert.Same(after, single.Envelope.After);
    }

    [Fact]
    public void Build_DeleteOfProduct_IsPartitionedByOldRowsStore()
    {
        var transaction = new CapturedTransaction(9, 5000, CommitTime,
            [new CapturedChange("catalog", "products", ChangeOperations.Delete, Product(10, 4), null, 140)]);

        var single = Assert.Single(new ChangeBatchBuilder("xdt", Partitions).Build(transaction, nowMs: 1));

        Assert.Equal(StorePartitioner.PartitionFor(4, Partitions), single.Partition);
        Assert.Null(single.Envelope.After);
    }

    [Fact]
    public void Build_Heartbeat_PublishesOneMessageEventToEveryPartition()
    {
        var transaction = new CapturedTransaction(12, 8000, CommitTime, [], Encoding.UTF8.GetBytes("tick"));

        var events = new ChangeBatchBuilder("xdt", Partitions).Build(transaction, nowMs: 1);

        Assert.Equal(Enumerable.Range(0, Partitions), events.Select(e => e.Partition));
        Assert.All(events, e =>
        {
            Assert.True(e.Envelope.IsHeartbeat);
            Assert.Equal(ChangeKey.ForHeartbeat(e.Partition), e.Key);
            Assert.Equal(8000ul, e.Envelope.Source.Lsn);
            Assert.Equal(8000ul, e.Envelope.Source.CommitLsn);
            Assert.Equal(CommitTime.ToUnixTimeMilliseconds(), e.Envelope.Source.TsMs);
            Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("tick")), e.Envelope.Message!.Content);
            Assert.Null(e.Envelope.Transaction);
        });
    }

    [Fact]
    public void Build_EmptyTransactionWithoutHeartbeat_PublishesNothing()
    {
        var events = new ChangeBatchBuilder("xdt", Partitions).Build(new CapturedTransaction(1, 2, CommitTime, []), nowMs: 1);

        Assert.Empty(events);
    }

    private static CapturedChange Insert(string table, JsonObject row, ulong lsn) =>
        new("catalog", table, ChangeOperations.Create, null, row, lsn);

    private static JsonObject Store(long id) => new() { ["id"] = id, ["slug"] = $"store-{id}" };

    private static JsonObject Product(long id, long storeId, decimal price = 10m) =>
        new() { ["id"] = id, ["store_id"] = storeId, ["price"] = price };
}
