using Xdt.Replicator.Apply;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Transactions;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class PartitionAdvanceTests
{
    private static readonly StoreRow Row = new(1, 1, "s", "S", null, "EUR", ChangeEvents.Created, ChangeEvents.Created);

    [Fact]
    public void From_UnitsOnTwoPartitions_AdvancesEachPastItsLastOffset()
    {
        var units = new[]
        {
            Unit(0, (10, Change(0x100, 1))),
            Unit(1, (40, Change(0x200, 2))),
            Unit(0, (11, Change(0x300, 3)), (12, Change(0x300, 3))),
        };

        var advances = PartitionAdvance.From(units, new Dictionary<int, long> { [0] = 20 }).ToDictionary(p => p.Partition);

        Assert.Equal((13L, 0x300UL, 20L), (advances[0].NextOffset, advances[0].AppliedLsn, advances[0].HighWatermark!.Value));
        Assert.Equal((41L, 0x200UL), (advances[1].NextOffset, advances[1].AppliedLsn));
        Assert.Null(advances[1].HighWatermark);
        Assert.Equal(ChangeEvents.Created.AddSeconds(3), advances[0].CommitTime);
        Assert.Null(advances[0].HeartbeatTime);
    }

    [Fact]
    public void From_Heartbeat_SetsHeartbeatTimeAndLsn()
    {
        var time = ChangeEvents.Created.AddMinutes(1);

        var advance = Assert.Single(PartitionAdvance.From([Unit(2, (5, new HeartbeatChange(0x900, time)))], new Dictionary<int, long>()));

        Assert.Equal((6L, 0x900UL, time, time), (advance.NextOffset, advance.AppliedLsn, advance.CommitTime!.Value, advance.HeartbeatTime!.Value));
    }

    [Fact]
    public void From_OnlyDeadLetters_AdvancesOffsetButNotLsn()
    {
        var advance = Assert.Single(PartitionAdvance.From([Unit(0, (8, new ApplyError("bad")))], new Dictionary<int, long> { [0] = 3 }));

        Assert.Equal((9L, 0UL, 9L), (advance.NextOffset, advance.AppliedLsn, advance.HighWatermark!.Value));
        Assert.Null(advance.CommitTime);
    }

    [Fact]
    public void Merge_OlderReplayedTransaction_KeepsTheNewerLsnAndTimes()
    {
        var current = new PartitionProgress(0, 10, 0x500, ChangeEvents.Created.AddSeconds(5), ChangeEvents.Created.AddSeconds(4), 30);

        var merged = current.Merge(new PartitionProgress(0, 12, 0x400, ChangeEvents.Created, null, null));

        Assert.Equal(new PartitionProgress(0, 12, 0x500, ChangeEvents.Created.AddSeconds(5), ChangeEvents.Created.AddSeconds(4), 30), merged);
        Assert.Equal(18, merged.LagEvents);
    }

    private static RowChange Change(ulong lsn, int second) =>
        new(Row, false, lsn, lsn, ChangeEvents.Created.AddSeconds(second), null);

    private static ApplyUnit Unit(int partition, params (long Offset, MappedEvent Change)[] events) =>
        new(partition, [.. events.Select(e => new ConsumedEvent(partition, e.Offset, null, null, [], e.Change))]);
}
