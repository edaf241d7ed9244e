using System.Text;
using System.Text.Json.Nodes;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class TransactionBufferTests
{
    [Fact]
    public void Commit_AfterBegin_CarriesXidAndChangesInOrder()
    {
        var buffer = new TransactionBuffer();
        buffer.Begin(735);
        buffer.Add(new CapturedChange("catalog", "stores", ChangeOperations.Create, null, new JsonObject { ["id"] = 1 }, 10));
        buffer.Add(new CapturedChange("catalog", "stores", ChangeOperations.Create, null, new JsonObject { ["id"] = 2 }, 20));

        var transaction = buffer.Commit(30, DateTimeOffset.UnixEpoch);

        Assert.Equal(735u, transaction.Xid);
        Assert.Equal(30ul, transaction.EndLsn);
        Assert.Equal([10ul, 20ul], transaction.Changes.Select(c => c.Lsn));
        Assert.Null(transaction.Heartbeat);
    }

    [Fact]
    public void AddMessage_OtherPrefix_IsIgnoredAndHeartbeatIsKept()
    {
        var buffer = new TransactionBuffer();
        buffer.Begin(1);
        buffer.AddMessage("someone.else", [1]);
        Assert.Null(buffer.Commit(2, DateTimeOffset.UnixEpoch).Heartbeat);

        buffer.Begin(3);
        buffer.AddMessage(LogicalMessage.HeartbeatPrefix, Encoding.UTF8.GetBytes("now"));
        Assert.Equal("now", Encoding.UTF8.GetString(buffer.Commit(4, DateTimeOffset.UnixEpoch).Heartbeat!));
    }

    [Fact]
    public void AddMessage_TraceMessages_KeepsTheFirstReadableWritersContext()
    {
        const string first = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var buffer = new TransactionBuffer();
        buffer.Begin(1);
        buffer.AddMessage(LogicalMessage.TracePrefix, Encoding.UTF8.GetBytes("garbage"));
        buffer.AddMessage(LogicalMessage.TracePrefix, Encoding.UTF8.GetBytes(first));
        buffer.AddMessage(LogicalMessage.TracePrefix, Encoding.UTF8.GetBytes("00-11111111111111111111111111111111-2222222222222222-01"));

        var transaction = buffer.Commit(2, DateTimeOffset.UnixEpoch);

        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", transaction.Trace?.TraceId.ToHexString());
        Assert.Equal("00f067aa0ba902b7", transaction.Trace?.SpanId.ToHexString());
        Assert.Null(transaction.Heartbeat);

        buffer.Begin(3);
        Assert.Null(buffer.Commit(4, DateTimeOffset.UnixEpoch).Trace);
    }

    [Fact]
    public void Begin_AfterCommit_StartsEmpty()
    {
        var buffer = new TransactionBuffer();
        buffer.Begin(1);
        buffer.Add(new CapturedChange("catalog", "stores", ChangeOperations.Create, null, new JsonObject { ["id"] = 1 }, 10));
        buffer.Commit(11, DateTimeOffset.UnixEpoch);

        buffer.Begin(2);

        Assert.Empty(buffer.Commit(12, DateTimeOffset.UnixEpoch).Changes);
    }

    [Fact]
    public void Add_OutsideTransaction_Throws()
    {
        var buffer = new TransactionBuffer();

        Assert.Throws<InvalidOperationException>(() =>
            buffer.Add(new CapturedChange("catalog", "stores", ChangeOperations.Create, null, new JsonObject { ["id"] = 1 }, 10)));
    }

    [Fact]
    public void Add_AfterCommit_ThrowsAndTheCommittedTransactionKeepsItsChanges()
    {
        var buffer = new TransactionBuffer();
        buffer.Begin(1);
        buffer.Add(new CapturedChange("catalog", "stores", ChangeOperations.Create, null, new JsonObject { ["id"] = 1 }, 10));
        var committed = buffer.Commit(11, DateTimeOffset.UnixEpoch);

        Assert.Throws<InvalidOperationException>(() =>
            buffer.Add(new CapturedChange("catalog", "stores", ChangeOperations.Create, null, new JsonObject { ["id"] = 2 }, 12)));
        Assert.Equal([10ul], committed.Changes.Select(c => c.Lsn));
    }

    [Fact]
    public void AddMessage_OutsideTransaction_Throws()
    {
        var buffer = new TransactionBuffer();

        Assert.Throws<InvalidOperationException>(() => buffer.AddMessage(LogicalMessage.HeartbeatPrefix, [1]));
    }

    [Fact]
    public void Commit_OutsideTransaction_Throws()
    {
        var buffer = new TransactionBuffer();

        Assert.Throws<InvalidOperationException>(() => buffer.Commit(1, DateTimeOffset.UnixEpoch));
    }
}
