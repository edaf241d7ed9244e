using System.Text.Json.Nodes;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class SnapshotEventsTests
{
    private static readonly DateTimeOffset SnapshotTime = new(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_ProductRow_IsReadEventCommittedAtConsistentPointWithoutTransaction()
    {
        var events = new SnapshotEvents("xdt", 6, rowLsn: 4000, consistentPoint: 4242, SnapshotTime);

        var built = events.Build("products", new JsonObject { ["id"] = 7, ["store_id"] = 3 }, last: false, nowMs: 1);

        Assert.Equal(3, built.Partition);
        Assert.Equal(ChangeKey.ForRow("catalog", "products", 7), built.Key);
        Assert.Equal(ChangeOperations.Read, built.Envelope.Op);
        Assert.Equal("true", built.Envelope.Source.Snapshot);
        Assert.Equal(4000ul, built.Envelope.Source.Lsn);
        Assert.Equal(4242ul, built.Envelope.Source.CommitLsn);
        Assert.Null(built.Envelope.Source.TxId);
        Assert.Null(built.Envelope.Transaction);
        Assert.Null(built.Envelope.Before);
    }

    [Fact]
    public void Build_LastRow_IsMarkedLast()
    {
        var events = new SnapshotEvents("xdt", 6, rowLsn: 1, consistentPoint: 1, SnapshotTime);

        var built = events.Build("stores", new JsonObject { ["id"] = 2 }, last: true, nowMs: 1);

        Assert.Equal("last", built.Envelope.Source.Snapshot);
        Assert.Equal(2, built.Partition);
    }
}
