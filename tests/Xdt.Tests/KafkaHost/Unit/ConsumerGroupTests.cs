using Microsoft.Extensions.Time.Testing;
using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Protocol;

namespace Xdt.Tests.KafkaHost.Unit;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ConsumerGroupTests
{
    private static readonly TimeSpan InitialDelay = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider _time = new();

    private static JoinRequest Join(string memberId = "", int sessionTimeoutMs = 6000) =>
        new("group", memberId, "client", sessionTimeoutMs, 60_000, "consumer", [("range", [1])]);

    [Fact]
    public async Task Join_NewGroup_WaitsTheInitialDelayThenMakesTheFirstMemberLeader()
    {
        var group = new ConsumerGroup("group", _time, InitialDelay);
        var join = group.JoinAsync(Join());
        Assert.False(join.IsCompleted);

        _time.Advance(InitialDelay);
        var outcome = await join.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ErrorCode.None, outcome.Error);
        Assert.Equal(1, outcome.Generation);
        Assert.Equal(outcome.MemberId, outcome.Leader);
        Assert.Single(outcome.Members);
        Assert.Equal(GroupState.CompletingRebalance, group.State);
    }

    [Fact]
    public async Task SecondMemberJoins_StableGroup_RebalancesOnceBothRejoin()
    {
        var group = new ConsumerGroup("group", _time, InitialDelay);
        var first = await StableMemberAsync(group);

        var second = group.JoinAsync(Join());
        Assert.Equal(GroupState.PreparingRebalance, group.State);
        Assert.Equal(ErrorCode.RebalanceInProgress, group.Heartbeat(first.MemberId, first.Generation));
        Assert.False(second.IsCompleted);

        var rejoin = await group.JoinAsync(Join(first.MemberId)).WaitAsync(TimeSpan.FromSeconds(5));
        var joined = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, rejoin.Generation);
        Assert.Equal(2, joined.Generation);
        Assert.Equal(first.MemberId, rejoin.Leader);
        Assert.Equal(2, rejoin.Members.Count);
        Assert.Empty(joined.Members);
    }

    [Fact]
    public async Task Sync_FollowerBeforeLeader_GetsItsAssignmentWhenTheLeaderSyncs()
    {
        var group = new ConsumerGroup("group", _time, InitialDelay);
        var a = group.JoinAsync(Join());
        var b = group.JoinAsync(Join());
        _time.Advance(InitialDelay);
        var (ja, jb) = (await a.WaitAsync(TimeSpan.FromSeconds(5)), await b.WaitAsync(TimeSpan.FromSeconds(5)));
        var (leader, follower) = ja.MemberId == ja.Leader ? (ja, jb) : (jb, ja);

        var followerSync = group.SyncAsync(follower.MemberId, follower.Generation, new Dictionary<string, byte[]>());
        Assert.False(followerSync.IsCompleted);
        await group.SyncAsync(leader.MemberId, leader.Generation, new Dictionary<string, byte[]>
        {
            [leader.MemberId] = [1], [follower.MemberId] = [2],
        }).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(new SyncOutcome(ErrorCode.None, [2]).Assignment, (await followerSync.WaitAsync(TimeSpan.FromSeconds(5))).Assignment);
        Assert.Equal(GroupState.Stable, group.State);
    }

    [Fact]
    public async Task Heartbeat_OldGeneration_IsIllegal_UnknownMember_IsUnknown()
    {
        var group = new ConsumerGroup("group", _time, InitialDelay);
        var member = await StableMemberAsync(group);
        Assert.Equal(ErrorCode.None, group.Heartbeat(member.MemberId, member.Generation));
        Assert.Equal(ErrorCode.IllegalGeneration, group.Heartbeat(member.MemberId, member.Generation - 1));
        Assert.Equal(ErrorCode.UnknownMemberId, group.Heartbeat("nobody", member.Generation));
    }

    [Fact]
    public async Task ExpireSessions_SilentMember_IsRemovedAndTheOthersRebalance()
    {
        var group = new ConsumerGroup("group", _time, InitialDelay);
        var a = group.JoinAsync(Join());
        var b = group.JoinAsync(Join());
        _time.Advance(InitialDelay);
        var (ja, jb) = (await a.WaitAsync(TimeSpan.FromSeconds(5)), await b.WaitAsync(TimeSpan.FromSeconds(5)));
        await SyncBothAsync(group, ja, jb);

        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(ErrorCode.None, group.Heartbeat(ja.MemberId, ja.Generation));
        _time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal([jb.MemberId], group.ExpireSessions());
        Assert.Equal(ErrorCode.RebalanceInProgress, group.Heartbeat(ja.MemberId, ja.Generation));

        var rejoined = await group.JoinAsync(Join(ja.MemberId)).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ja.Generation + 1, rejoined.Generation);
        Assert.Single(rejoined.Members);
    }

    [Fact]
    public async Task Leave_LastMember_EmptiesTheGroup_AndGroupLessCommitsAreAllowed()
    {
        var group = new ConsumerGroup("group", _time, InitialDelay);
        var member = await StableMemberAsync(group);
        Assert.Equal(ErrorCode.IllegalGeneration, group.CanCommit("", -1));
        Assert.Equal(ErrorCode.None, group.CanCommit(member.MemberId, member.Generation));

        Assert.Equal(ErrorCode.None, group.Leave(member.MemberId));
        Assert.Equal(GroupState.Empty, group.State);
        Assert.Equal(ErrorCode.None, group.CanCommit("", -1));
        Assert.Equal(ErrorCode.UnknownMemberId, group.CanCommit(member.MemberId, member.Generation));
    }

    private async Task<JoinOutcome> StableMemberAsync(ConsumerGroup group)
    {
        var join = group.JoinAsync(Join());
        _time.Advance(InitialDelay);
        var outcome = await join.WaitAsync(TimeSpan.FromSeconds(5));
        await group.SyncAsync(outcome.MemberId, outcome.Generation, new Dictionary<string, byte[]> { [outcome.MemberId] = [1] })
            .WaitAsync(TimeSpan.FromSeconds(5));
        return outcome;
    }

    private static async Task SyncBothAsync(ConsumerGroup group, JoinOutcome a, JoinOutcome b)
    {
        var (leader, follower) = a.MemberId == a.Leader ? (a, b) : (b, a);
        var followerSync = group.SyncAsync(follower.MemberId, follower.Generation, new Dictionary<string, byte[]>());
        await group.SyncAsync(leader.MemberId, leader.Generation, new Dictionary<string, byte[]>()).WaitAsync(TimeSpan.FromSeconds(5));
        await followerSync.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
