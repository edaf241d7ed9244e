using Xdt.Replicator.Apply;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Transactions;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class WholeTransactionTests
{
    private const string Id = "7:4096";

    [Fact]
    public void Rejected_OneRowOfThree_DeadLettersEveryEventWithTheFailingReasonOnlyOnTheFailingRow()
    {
        var unit = Unit(Product(10, 101), Product(11, 102), Product(12, 103));

        var letters = WholeTransaction.Rejected(unit, unit.Events[1], "rejected by the replica: 23514 price check");

        Assert.Equal(unit.Events, letters.Select(l => l.Event));
        Assert.Equal("rejected by the replica: 23514 price check", letters[1].Reason);
        foreach (var sibling in new[] { letters[0], letters[2] })
        {
            Assert.StartsWith($"transaction '{Id}' (3 events on partition 2) not applied", sibling.Reason, StringComparison.Ordinal);
            Assert.Contains("offset 11 (catalog.products id 102)", sibling.Reason, StringComparison.Ordinal);
            Assert.EndsWith("rejected by the replica: 23514 price check", sibling.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rejected_NoSingleRowToBlame_DeadLettersEveryEventNamingTheTransaction()
    {
        var unit = Unit(Product(10, 101), Product(11, 102));

        var letters = WholeTransaction.Rejected(unit, failing: null, "rejected by the replica: 23505 duplicate key");

        Assert.Equal(2, letters.Count);
        Assert.All(letters, l => Assert.Equal($"transaction '{Id}' (2 events on partition 2) refused whole by the replica: rejected by the replica: 23505 duplicate key", l.Reason));
    }

    [Fact]
    public void Unreadable_OneMalformedEvent_DeadLettersTheWholeUnitAndKeepsTheMalformedReason()
    {
        var unit = Unit(Product(20, 201), Malformed(21, "catalog.products: column 'price' is missing"), Product(22, 203));

        var letters = WholeTransaction.Unreadable(unit);

        Assert.Equal(unit.Events, letters.Select(l => l.Event));
        Assert.Equal("catalog.products: column 'price' is missing", letters[1].Reason);
        Assert.All([letters[0], letters[2]], l => Assert.Contains($"transaction '{Id}'", l.Reason, StringComparison.Ordinal));
        Assert.All([letters[0], letters[2]], l => Assert.Contains("offset 21", l.Reason, StringComparison.Ordinal));
        Assert.All([letters[0], letters[2]], l => Assert.EndsWith("column 'price' is missing", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_BrokenRun_EveryErrorKeepsItsOwnReason()
    {
        var unit = Unit(Malformed(30, "incomplete transaction"), Malformed(31, "out-of-sequence transaction event"));

        var letters = WholeTransaction.Unreadable(unit);

        Assert.Equal(["incomplete transaction", "out-of-sequence transaction event"], letters.Select(l => l.Reason));
    }

    [Fact]
    public void Unreadable_EveryEventReadable_DeadLettersNothing()
    {
        Assert.Empty(WholeTransaction.Unreadable(Unit(Product(40, 401), Product(41, 402))));
    }

    private static ApplyUnit Unit(params Func<int, int, ConsumedEvent>[] events) =>
        new(2, [.. events.Select((e, i) => e(i + 1, events.Length))]);

    private static Func<int, int, ConsumedEvent> Product(long offset, long id) => (order, count) => new(2, offset, null, null, [],
        new RowChange(new ProductRow(id, 1, $"P{id}", "Mug", "", 1m, 1, null, ChangeEvents.Created, ChangeEvents.Created),
            false, (ulong)offset, 5000, ChangeEvents.Created, new TransactionPosition(Id, order, count)));

    private static Func<int, int, ConsumedEvent> Malformed(long offset, string reason) => (order, count) =>
        new(2, offset, null, null, [], new ApplyError(reason, new TransactionPosition(Id, order, count)));
}
