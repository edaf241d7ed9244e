using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Groups;

/// <summary>A JoinGroup answer; <see cref="Members"/> is filled for the leader only.</summary>
public sealed record JoinOutcome(
    ErrorCode Error, int Generation, string? Protocol, string Leader, string MemberId, IReadOnlyList<(string MemberId, byte[] Metadata)> Members)
{
    public static JoinOutcome Failed(ErrorCode error, string memberId = "") => new(error, -1, null, "", memberId, []);
}
