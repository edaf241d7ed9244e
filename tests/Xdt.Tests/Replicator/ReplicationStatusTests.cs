using Xdt.Replicator.Apply;
using Xdt.Replicator.Status;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ReplicationStatusTests
{
    private static readonly DateTimeOffset Now = ChangeEvents.Created.AddMinutes(10);

    [Fact]
    public void From_SeveralPartitions_ReportsTheSlowestPartitionAndTotalLag()
    {
        var state = new ReplicationState();
        state.Load([
            new PartitionProgress(0, 10, 0x3000, Now.AddSeconds(-1), Now.AddSeconds(-1), 15),
            new PartitionProgress(1, 20, 0x2000, Now.AddSeconds(-3), Now.AddSeconds(-2), 20),
        ]);

        var status = ReplicationStatus.From("frankfurt", state, Now);

        Assert.Equal(("frankfurt", "0/2000", 5L, 3000d), (status.Region, status.AppliedLsn, status.LagEvents, status.LagMs!.Value));
        Assert.Equal(Now.AddSeconds(-3), status.AsOf);
        Assert.Equal(Now.AddSeconds(-2), status.LastHeartbeat);
        Assert.Equal(2, status.Partitions.Count);
    }

    [Fact]
    public void From_AssignedPartitionWithNothingApplied_HoldsTheWatermarkAtZero()
    {
        var state = new ReplicationState();
        state.Load([new PartitionProgress(0, 10, 0x3000, Now, Now, 10)]);

        state.Assigned([0, 1]);
        var status = ReplicationStatus.From("ohio", state, Now);

        Assert.Equal("0/0", status.AppliedLsn);
        Assert.Null(status.AsOf);
        Assert.Null(status.LagMs);
    }

    [Fact]
    public void Record_Advance_MovesThePartitionForward()
    {
        var state = new ReplicationState();
        state.Assigned([0]);

        state.Record([new PartitionProgress(0, 7, 0x10, Now, null, 9)], Now);

        var partition = Assert.Single(state.Partitions);
        Assert.Equal((7L, 0x10UL, 2L), (partition.NextOffset, partition.AppliedLsn, partition.LagEvents!.Value));
    }
}
