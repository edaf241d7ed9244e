using Xdt.Replicator.Apply;
using Xdt.Replicator.Status;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class HeartbeatLagTests
{
    private static readonly DateTimeOffset Now = ChangeEvents.Created.AddMinutes(10);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public void Milliseconds_IdlePrimaryJustBeforeTheNextHeartbeat_ReadsTheHeartbeatsTravelTimeNotItsAge()
    {
        // The newest heartbeat was committed 950 ms ago and applied 4 ms later; the next one is not due yet.
        var beat = Now.AddMilliseconds(-950);
        var state = new ReplicationState();
        state.Record([Heartbeat(0, beat), Heartbeat(1, beat)], beat.AddMilliseconds(4));

        var lag = HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval);

        Assert.Equal(4, lag!.Value, precision: 6);
    }

    [Fact]
    public void Milliseconds_BacklogAppliedLate_ReadsHowLateTheHeartbeatWasApplied()
    {
        // A backlog: the heartbeat committed 30 s ago has only just been applied.
        var beat = Now.AddSeconds(-30);
        var state = new ReplicationState();
        state.Record([Heartbeat(0, beat)], Now);

        var lag = HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval);

        Assert.Equal(30_000, lag!.Value, precision: 6);
    }

    [Fact]
    public void Milliseconds_NextHeartbeatOverdue_GrowsWithTheTimeOverdue()
    {
        // Cut off: the last heartbeat arrived promptly 5 s ago, none since.
        var beat = Now.AddSeconds(-5);
        var state = new ReplicationState();
        state.Record([Heartbeat(0, beat)], beat.AddMilliseconds(3));

        var soon = HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval);
        var later = HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now.AddSeconds(10), Interval);

        Assert.Equal((4_000d, 14_000d), (soon!.Value, later!.Value));
    }

    [Fact]
    public void Milliseconds_OnePartitionBehind_ReadsTheSlowestPartition()
    {
        var state = new ReplicationState();
        state.Record([Heartbeat(0, Now.AddMilliseconds(-200))], Now.AddMilliseconds(-195));
        state.Record([Heartbeat(1, Now.AddSeconds(-3))], Now.AddSeconds(-3).AddMilliseconds(2));

        var lag = HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval);

        Assert.Equal(2_000, lag!.Value, precision: 6);
    }

    [Fact]
    public void Milliseconds_AfterRestartApplyTimeUnknown_CountsOnlyTheOverdueTime()
    {
        var state = new ReplicationState();
        state.Load([new PartitionProgress(0, 10, 0x10, Now.AddSeconds(-3), Now.AddSeconds(-3), null)]);

        var lag = HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval);

        Assert.Equal(2_000, lag!.Value, precision: 6);
    }

    [Fact]
    public void Milliseconds_PartitionWithoutAHeartbeat_HasNoFigure()
    {
        var state = new ReplicationState();
        state.Record([Heartbeat(0, Now)], Now);
        state.Assigned([0, 1]);

        Assert.Null(HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval));
    }

    [Fact]
    public void Record_RowsAfterAHeartbeat_KeepTheHeartbeatsApplyTime()
    {
        var beat = Now.AddMilliseconds(-500);
        var state = new ReplicationState();
        state.Record([Heartbeat(0, beat)], beat.AddMilliseconds(5));

        // A row change applied later, with no heartbeat in its batch, says nothing about heartbeat travel time.
        state.Record([new PartitionProgress(0, 11, 0x20, Now.AddMilliseconds(-10), null, null)], Now);

        Assert.Equal(new AppliedHeartbeat(beat, beat.AddMilliseconds(5)), state.Heartbeats[0]);
        Assert.Equal(5, HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, Now, Interval)!.Value, precision: 6);
    }

    private static PartitionProgress Heartbeat(int partition, DateTimeOffset commitTime) =>
        new(partition, 10, 0x10, commitTime, commitTime, null);
}
