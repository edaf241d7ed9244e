namespace Xdt.KafkaHost.Groups;

public sealed record JoinRequest(
    string GroupId, string MemberId, string ClientId, int SessionTimeoutMs, int RebalanceTimeoutMs, string ProtocolType,
    IReadOnlyList<(string Name, byte[] Metadata)> Protocols);
