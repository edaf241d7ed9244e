using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Groups;

/// <summary>
/// One classic consumer group's state machine (JoinGroup / SyncGroup / Heartbeat / LeaveGroup). A rebalance completes
/// when every known member has rejoined, or at the rebalance deadline without those that did not; a new group first
/// waits the initial delay for more members. Members that stop heartbeating are removed after their session timeout
/// (see <see cref="ExpireSessions"/>). All transitions happen under one lock; waits are completed outside it.
/// </summary>
public sealed partial class ConsumerGroup(string id, TimeProvider time, TimeSpan initialRebalanceDelay)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GroupMember> _members = new(StringComparer.Ordinal);
    private ITimer? _timer;
    private int _timerVersion;
    private bool _initialJoin;

    public string Id { get; } = id;

    public GroupState State { get; private set; }

    public int Generation { get; private set; }

    public string? ProtocolType { get; private set; }

    public string? Protocol { get; private set; }

    public string? Leader { get; private set; }

    public int MemberCount
    {
        get { lock (_gate) { return _members.Count; } }
    }

    public Task<JoinOutcome> JoinAsync(JoinRequest request)
    {
        lock (_gate)
        {
            if (_members.Count > 0 && (ProtocolType != request.ProtocolType
                    || !request.Protocols.Any(p => _members.Values.All(m => m.MetadataFor(p.Name) is not null))))
            {
                return Task.FromResult(JoinOutcome.Failed(ErrorCode.InconsistentGroupProtocol, request.MemberId));
            }

            GroupMember? member;
            if (request.MemberId.Length == 0)
            {
                member = new GroupMember($"{request.ClientId}-{Guid.NewGuid():n}", request.ClientId);
                _members.Add(member.MemberId, member);
            }
            else if (!_members.TryGetValue(request.MemberId, out member))
            {
                return Task.FromResult(JoinOutcome.Failed(ErrorCode.UnknownMemberId, request.MemberId));
            }

            member.SessionTimeoutMs = request.SessionTimeoutMs;
            member.RebalanceTimeoutMs = request.RebalanceTimeoutMs;
            member.Protocols = request.Protocols;
            member.LastHeartbeat = time.GetUtcNow();
            ProtocolType = request.ProtocolType;
            member.PendingJoin?.TrySetResult(JoinOutcome.Failed(ErrorCode.RebalanceInProgress, member.MemberId));
            var pending = new TaskCompletionSource<JoinOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            member.PendingJoin = pending;
            switch (State)
            {
                case GroupState.Empty:
                    State = GroupState.PreparingRebalance;
                    _initialJoin = true;
                    ArmTimer(initialRebalanceDelay);
                    break;
                case GroupState.Stable or GroupState.CompletingRebalance:
                    PrepareRebalance();
                    break;
            }

            TryCompleteJoin(deadline: false);
            return pending.Task;
        }
    }

    public Task<SyncOutcome> SyncAsync(string memberId, int generation, IReadOnlyDictionary<string, byte[]> assignments)
    {
        lock (_gate)
        {
            if (!_members.TryGetValue(memberId, out var member))
            {
                return Task.FromResult(new SyncOutcome(ErrorCode.UnknownMemberId, []));
            }

            if (generation != Generation)
            {
                return Task.FromResult(new SyncOutcome(ErrorCode.IllegalGeneration, []));
            }

            member.LastHeartbeat = time.GetUtcNow();
            switch (State)
            {
                case GroupState.Stable:
                    return Task.FromResult(new SyncOutcome(ErrorCode.None, member.Assignment));
                case GroupState.CompletingRebalance:
                    break;
                default:
                    return Task.FromResult(new SyncOutcome(ErrorCode.RebalanceInProgress, []));
            }

            var pending = new TaskCompletionSource<SyncOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            member.PendingSync?.TrySetResult(new SyncOutcome(ErrorCode.RebalanceInProgress, []));
            member.PendingSync = pending;
            if (memberId == Leader)
            {
                foreach (var m in _members.Values)
                {
                    m.Assignment = assignments.GetValueOrDefault(m.MemberId) ?? [];
                }

                State = GroupState.Stable;
                foreach (var m in _members.Values.Where(m => m.PendingSync is not null))
                {
                    m.PendingSync!.TrySetResult(new SyncOutcome(ErrorCode.None, m.Assignment));
                    m.PendingSync = null;
                }
            }

            return pending.Task;
        }
    }

    public ErrorCode Heartbeat(string memberId, int generation)
    {
        lock (_gate)
        {
            if (!_members.TryGetValue(memberId, out var member))
            {
                return ErrorCode.UnknownMemberId;
            }

            member.LastHeartbeat = time.GetUtcNow();
            return generation != Generation ? ErrorCode.IllegalGeneration
                : State == GroupState.PreparingRebalance ? ErrorCode.RebalanceInProgress
                : ErrorCode.None;
        }
    }

    public ErrorCode Leave(string memberId)
    {
        lock (_gate)
        {
            if (!_members.ContainsKey(memberId))
            {
                return ErrorCode.UnknownMemberId;
            }

            Remove(memberId);
            return ErrorCode.None;
        }
    }

    /// <summary>Whether a member may commit offsets now (a generation of -1 with no member id: a group-less commit).</summary>
    public ErrorCode CanCommit(string memberId, int generation)
    {
        lock (_gate)
        {
            if (generation < 0 && memberId.Length == 0)
            {
                return _members.Count == 0 ? ErrorCode.None : ErrorCode.IllegalGeneration;
            }

            if (!_members.TryGetValue(memberId, out var member))
            {
                return ErrorCode.UnknownMemberId;
            }

            if (generation != Generation)
            {
                return ErrorCode.IllegalGeneration;
            }

            member.LastHeartbeat = time.GetUtcNow();
            return State == GroupState.CompletingRebalance ? ErrorCode.RebalanceInProgress : ErrorCode.None;
        }
    }

    /// <summary>Removes members whose session timed out (members waiting in a join or a sync are alive).</summary>
    public IReadOnlyList<string> ExpireSessions()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var expired = _members.Values
                .Where(m => m.PendingJoin is null && m.PendingSync is null
                            && now - m.LastHeartbeat > TimeSpan.FromMilliseconds(m.SessionTimeoutMs))
                .Select(m => m.MemberId)
                .ToList();
            foreach (var memberId in expired)
            {
                Remove(memberId);
            }

            return expired;
        }
    }
}
