using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Groups;

/// <summary>The rebalance half of <see cref="ConsumerGroup"/>: every method runs under the group's lock.</summary>
public sealed partial class ConsumerGroup
{
    private void PrepareRebalance()
    {
        State = GroupState.PreparingRebalance;
        foreach (var member in _members.Values.Where(m => m.PendingSync is not null))
        {
            member.PendingSync!.TrySetResult(new SyncOutcome(ErrorCode.RebalanceInProgress, []));
            member.PendingSync = null;
        }

        ArmTimer(TimeSpan.FromMilliseconds(_members.Values.Select(m => m.RebalanceTimeoutMs).DefaultIfEmpty(0).Max()));
    }

    private void TryCompleteJoin(bool deadline)
    {
        if (State != GroupState.PreparingRebalance || (_initialJoin && !deadline)
            || (!deadline && _members.Values.Any(m => m.PendingJoin is null)))
        {
            return;
        }

        // At the deadline, members that did not rejoin are out of the group.
        foreach (var late in _members.Values.Where(m => m.PendingJoin is null).Select(m => m.MemberId).ToList())
        {
            _members.Remove(late);
        }

        _initialJoin = false;
        DisarmTimer();
        Generation++;
        if (_members.Count == 0)
        {
            State = GroupState.Empty;
            Protocol = Leader = null;
            return;
        }

        var first = _members.Values.First();
        Protocol = first.Protocols.First(p => _members.Values.All(m => m.MetadataFor(p.Name) is not null)).Name;
        Leader = Leader is not null && _members.ContainsKey(Leader) ? Leader : first.MemberId;
        State = GroupState.CompletingRebalance;
        var all = _members.Values.Select(m => (m.MemberId, m.MetadataFor(Protocol)!)).ToList();
        var now = time.GetUtcNow();
        foreach (var member in _members.Values)
        {
            member.LastHeartbeat = now;
            member.PendingJoin!.TrySetResult(new JoinOutcome(ErrorCode.None, Generation, Protocol, Leader, member.MemberId,
                member.MemberId == Leader ? all : []));
            member.PendingJoin = null;
        }
    }

    private void Remove(string memberId)
    {
        var member = _members[memberId];
        _members.Remove(memberId);
        member.PendingJoin?.TrySetResult(JoinOutcome.Failed(ErrorCode.UnknownMemberId, memberId));
        member.PendingSync?.TrySetResult(new SyncOutcome(ErrorCode.UnknownMemberId, []));
        if (_members.Count == 0 && State != GroupState.PreparingRebalance)
        {
            Generation++;
            State = GroupState.Empty;
            Protocol = Leader = null;
            DisarmTimer();
            return;
        }

        if (State is GroupState.Stable or GroupState.CompletingRebalance)
        {
            PrepareRebalance();
        }

        TryCompleteJoin(deadline: false);
    }

    private void ArmTimer(TimeSpan due)
    {
        DisarmTimer();
        var version = ++_timerVersion;
        _timer = time.CreateTimer(_ => OnDeadline(version), null, due, Timeout.InfiniteTimeSpan);
    }

    private void DisarmTimer()
    {
        _timerVersion++;
        _timer?.Dispose();
        _timer = null;
    }

    private void OnDeadline(int version)
    {
        lock (_gate)
        {
            if (version == _timerVersion)
            {
                TryCompleteJoin(deadline: true);
            }
        }
    }
}
