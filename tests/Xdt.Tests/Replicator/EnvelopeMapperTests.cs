using System.Text;
using System.Text.Json.Nodes;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Mapping;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class EnvelopeMapperTests
{
    [Fact]
    public void Map_ProductInsert_ReturnsTypedRowChange()
    {
        var envelope = ChangeEvents.Row("products", ChangeOperations.Create, ChangeEvents.Product(7, 3, "MUG-1", price: 12.5m, stock: 4), lsn: 0x1000, commitLsn: 0x1100,
            transaction: ChangeEvents.Transaction("700:4352", 1, 2));

        var change = Assert.IsType<RowChange>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));

        var row = Assert.IsType<ProductRow>(change.Row);
        Assert.Equal((7L, 3L, "MUG-1", 12.5m, 4, (string?)null), (row.Id, row.StoreId, row.Sku, row.Price, row.Stock, row.ImageUrl));
        Assert.Equal(ChangeEvents.Created, row.CreatedAt);
        Assert.False(change.Deleted);
        Assert.Equal((0x1000UL, 0x1100UL), (change.Lsn, change.CommitLsn));
        Assert.Equal(new TransactionPosition("700:4352", 1, 2), change.Transaction);
    }

    [Fact]
    public void Map_Delete_UsesBeforeImageAndMarksDeleted()
    {
        var envelope = ChangeEvents.Row("stores", ChangeOperations.Delete, ChangeEvents.Store(3, "tea", customDomain: "tea.example"), lsn: 0x2000);

        var change = Assert.IsType<RowChange>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));

        var store = Assert.IsType<StoreRow>(change.Row);
        Assert.True(change.Deleted);
        Assert.Equal(("tea", "tea.example"), (store.Slug, store.CustomDomain));
    }

    [Fact]
    public void Map_SnapshotRead_ReturnsUpsertWithoutTransaction()
    {
        var envelope = ChangeEvents.Row("stores", ChangeOperations.Read, ChangeEvents.Store(3, "tea"), lsn: 0x2000);

        var change = Assert.IsType<RowChange>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));

        Assert.False(change.Deleted);
        Assert.Null(change.Transaction);
        Assert.Null(((StoreRow)change.Row).CustomDomain);
    }

    [Fact]
    public void Map_Heartbeat_ReturnsHeartbeatWithCommitPosition()
    {
        var time = new DateTimeOffset(2026, 11, 24, 21, 0, 0, TimeSpan.Zero);

        var heartbeat = Assert.IsType<HeartbeatChange>(EnvelopeMapper.Map(ChangeEvents.Bytes(ChangeEvents.Heartbeat(0x5000, time))));

        Assert.Equal((0x5000UL, time), (heartbeat.CommitLsn, heartbeat.CommitTime));
    }

    [Fact]
    public void Map_OtherLogicalMessage_IsIgnored()
    {
        var envelope = ChangeEvents.Heartbeat(0x5000, ChangeEvents.Created) with { Message = new LogicalMessage { Prefix = "other" } };

        Assert.IsType<IgnoredEvent>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));
    }

    [Theory]
    [InlineData("", "empty message value")]
    [InlineData("{not json", "unparseable")]
    [InlineData("null", "JSON null")]
    [InlineData("""{"op":"c","ts_ms":1}""", "unparseable")]
    public void Map_MalformedValue_ReturnsApplyErrorWithReason(string value, string reason)
    {
        var error = Assert.IsType<ApplyError>(EnvelopeMapper.Map(Encoding.UTF8.GetBytes(value)));

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_UnknownTable_ReturnsApplyError()
    {
        var envelope = ChangeEvents.Row("sellers", ChangeOperations.Create, ChangeEvents.Store(3, "tea"), lsn: 0x10);

        var error = Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));

        Assert.Contains("unknown table 'catalog.sellers'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_MissingColumn_ReturnsApplyErrorNamingTheColumn()
    {
        var image = ChangeEvents.Product(7, 3, "MUG-1");
        image.Remove("sku");

        var error = Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(ChangeEvents.Row("products", ChangeOperations.Update, image, lsn: 0x10))));

        Assert.Contains("no column 'sku'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("price", "\"12.50\"")]
    [InlineData("stock", "1.5")]
    [InlineData("stock", "99999999999")]
    [InlineData("created_at", "\"yesterday\"")]
    [InlineData("title", "null")]
    public void Map_ColumnOfWrongType_ReturnsApplyError(string column, string json)
    {
        var image = ChangeEvents.Product(7, 3, "MUG-1");
        image[column] = JsonNode.Parse(json);

        var error = Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(ChangeEvents.Row("products", ChangeOperations.Update, image, lsn: 0x10))));

        Assert.Contains($"after.{column} must be", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_DeleteWithoutBeforeImage_ReturnsApplyError()
    {
        var envelope = ChangeEvents.Row("products", ChangeOperations.Delete, ChangeEvents.Product(7, 3, "MUG-1"), lsn: 0x10) with { Before = null };

        Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));
    }

    [Fact]
    public void Map_UnknownOp_ReturnsApplyErrorKeepingTransactionPosition()
    {
        var envelope = ChangeEvents.Row("products", "t", ChangeEvents.Product(7, 3, "MUG-1"), lsn: 0x10, transaction: ChangeEvents.Transaction("9:16", 2, 3));

        var error = Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));

        Assert.Equal(new TransactionPosition("9:16", 2, 3), error.Transaction);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 2)]
    [InlineData(1, 0)]
    public void Map_InvalidTransactionBlock_ReturnsApplyError(int order, int count)
    {
        var envelope = ChangeEvents.Row("products", ChangeOperations.Create, ChangeEvents.Product(7, 3, "MUG-1"), lsn: 0x10,
            transaction: ChangeEvents.Transaction("9:16", order, count));

        var error = Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));

        Assert.Contains("invalid transaction block", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ZeroLsn_ReturnsApplyError()
    {
        var envelope = ChangeEvents.Row("products", ChangeOperations.Create, ChangeEvents.Product(7, 3, "MUG-1"), lsn: 0);

        Assert.IsType<ApplyError>(EnvelopeMapper.Map(ChangeEvents.Bytes(envelope)));
    }
}
