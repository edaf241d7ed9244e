using Xdt.Replicator.Mapping;
using Xdt.Replicator.Transactions;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class TransactionAssemblerTests
{
    private static readonly StoreRow Row = new(1, 1, "s", "S", null, "EUR", ChangeEvents.Created, ChangeEvents.Created);

    [Fact]
    public void Add_EventWithoutTransaction_IsReadyAlone()
    {
        var assembler = new TransactionAssembler();

        assembler.Add(Event(partition: 0, offset: 5, transaction: null));

        var unit = Assert.Single(assembler.TakeReady(100));
        Assert.Equal((0, 6L), (unit.Partition, unit.NextOffset));
    }

    [Fact]
    public void Add_CompleteRun_IsReadyAsOneUnitOnlyAfterTheLastEvent()
    {
        var assembler = new TransactionAssembler();

        assembler.Add(Event(0, 10, new("t1", 1, 3)));
        assembler.Add(Event(0, 11, new("t1", 2, 3)));
        Assert.False(assembler.HasReady);
        assembler.Add(Event(0, 12, new("t1", 3, 3)));

        var unit = Assert.Single(assembler.TakeReady(100));
        Assert.Equal([10L, 11L, 12L], unit.Events.Select(e => e.Offset));
        Assert.Equal("t1", unit.TransactionId);
        Assert.Equal(0, assembler.ReadyEvents);
    }

    [Fact]
    public void Add_RunRestartsAtOrderOne_ReplacesThePartialRun()
    {
        var assembler = new TransactionAssembler();
        assembler.Add(Event(0, 10, new("t1", 1, 2)));

        var result = assembler.Add(Event(0, 11, new("t1", 1, 2)));
        assembler.Add(Event(0, 12, new("t1", 2, 2)));

        Assert.Equal(1, result.ReplacedEvents);
        var unit = Assert.Single(assembler.TakeReady(100));
        Assert.Equal([11L, 12L], unit.Events.Select(e => e.Offset));
        Assert.All(unit.Events, e => Assert.IsType<RowChange>(e.Change));
    }

    [Fact]
    public void Add_EventWithoutTransactionAfterPartialRun_ReplacesThePartialRun()
    {
        var assembler = new TransactionAssembler();
        assembler.Add(Event(0, 10, new("t1", 1, 2)));

        var result = assembler.Add(Event(0, 11, transaction: null));

        Assert.Equal(1, result.ReplacedEvents);
        Assert.Equal([11L], Assert.Single(assembler.TakeReady(100)).Events.Select(e => e.Offset));
    }

    [Fact]
    public void Add_RunsOnTwoPartitionsInterleaved_AssembleIndependently()
    {
        var assembler = new TransactionAssembler();

        assembler.Add(Event(0, 10, new("a", 1, 2)));
        assembler.Add(Event(1, 40, new("b", 1, 2)));
        assembler.Add(Event(1, 41, new("b", 2, 2)));
        assembler.Add(Event(0, 11, new("a", 2, 2)));

        var units = assembler.TakeReady(100);
        Assert.Equal(["b", "a"], units.Select(u => u.TransactionId));
        Assert.Equal([1, 0], units.Select(u => u.Partition));
    }

    [Theory]
    [InlineData("t1", 3, 3)]
    [InlineData("t2", 2, 3)]
    [InlineData("t1", 2, 4)]
    public void Add_EventThatDoesNotContinueTheRun_TurnsRunAndEventIntoErrors(string id, int order, int count)
    {
        var assembler = new TransactionAssembler();
        assembler.Add(Event(0, 10, new("t1", 1, 3)));

        var result = assembler.Add(Event(0, 11, new(id, order, count)));

        Assert.True(result.OutOfSequence);
        var unit = Assert.Single(assembler.TakeReady(100));
        Assert.Equal([10L, 11L], unit.Events.Select(e => e.Offset));
        Assert.All(unit.Events, e => Assert.IsType<ApplyError>(e.Change));
    }

    [Fact]
    public void Add_OrphanEventWithoutRun_IsAnError()
    {
        var assembler = new TransactionAssembler();

        assembler.Add(Event(0, 11, new("t1", 2, 2)));

        var error = Assert.IsType<ApplyError>(Assert.Single(Assert.Single(assembler.TakeReady(100)).Events).Change);
        Assert.Contains("out-of-sequence", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TakeReady_MoreThanMaxEvents_StopsAtTheLimitButTakesAtLeastOneUnit()
    {
        var assembler = new TransactionAssembler();
        assembler.Add(Event(0, 1, new("big", 1, 3)));
        assembler.Add(Event(0, 2, new("big", 2, 3)));
        assembler.Add(Event(0, 3, new("big", 3, 3)));
        assembler.Add(Event(0, 4, null));
        assembler.Add(Event(0, 5, null));

        Assert.Equal(3, assembler.TakeReady(2).Sum(u => u.Events.Count));
        Assert.Equal(2, assembler.TakeReady(2).Sum(u => u.Events.Count));
        Assert.Empty(assembler.TakeReady(2));
    }

    [Fact]
    public void Reset_Partition_DropsItsBufferedEventsOnly()
    {
        var assembler = new TransactionAssembler();
        assembler.Add(Event(0, 1, null));
        assembler.Add(Event(0, 2, new("t", 1, 2)));
        assembler.Add(Event(1, 7, null));

        assembler.Reset(0);
        assembler.Add(Event(0, 3, new("t", 2, 2)));

        var units = assembler.TakeReady(100);
        Assert.Equal(2, units.Count);
        Assert.Equal([1, 0], units.Select(u => u.Partition));
        Assert.IsType<ApplyError>(units[1].Events[0].Change);
    }

    private static ConsumedEvent Event(int partition, long offset, TransactionPosition? transaction) =>
        new(partition, offset, null, null, [], new RowChange(Row, false, (ulong)offset + 1, (ulong)offset + 1, ChangeEvents.Created, transaction));
}
