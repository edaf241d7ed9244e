namespace Xdt.KafkaHost.Groups;

/// <summary>A member of a classic consumer group. Guarded by its group's lock.</summary>
public sealed class GroupMember(string memberId, string clientId)
{
    public string MemberId { get; } = memberId;

    public string ClientId { get; } = clientId;

    public int SessionTimeoutMs { get; set; }

    public int RebalanceTimeoutMs { get; set; }

    public IReadOnlyList<(string Name, byte[] Metadata)> Protocols { get; set; } = [];

    public byte[] Assignment { get; set; } = [];

    public DateTimeOffset LastHeartbeat { get; set; }

    /// <summary>Set while the member waits in JoinGroup for the rebalance to complete.</summary>
    public TaskCompletionSource<JoinOutcome>? PendingJoin { get; set; }

    /// <summary>Set while the member waits in SyncGroup for the leader's assignment.</summary>
    public TaskCompletionSource<SyncOutcome>? PendingSync { get; set; }

    public byte[]? MetadataFor(string protocol) => Protocols.FirstOrDefault(p => p.Name == protocol).Metadata;
}
