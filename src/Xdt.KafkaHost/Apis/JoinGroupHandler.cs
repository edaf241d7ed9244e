using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>JoinGroup v0–5 (classic protocol; a group instance id is accepted and treated as a dynamic member).</summary>
public sealed class JoinGroupHandler(GroupCoordinator coordinator) : IApiHandler
{
    private const int MinSessionTimeoutMs = 1_000;
    private const int MaxSessionTimeoutMs = 1_800_000;

    public ApiKey Key => ApiKey.JoinGroup;

    public short MinVersion => 0;

    public short MaxVersion => 5;

    public async ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var request = Read(context);
        var outcome = request.GroupId.Length == 0 ? JoinOutcome.Failed(ErrorCode.InvalidGroupId, request.MemberId)
            : request.SessionTimeoutMs is < MinSessionTimeoutMs or > MaxSessionTimeoutMs ? JoinOutcome.Failed(ErrorCode.InvalidSessionTimeout, request.MemberId)
            : await coordinator.GetOrCreate(request.GroupId).JoinAsync(request).WaitAsync(cancellationToken);
        if (version >= 2)
        {
            response.Int32(0);
        }

        response.Int16((short)outcome.Error);
        response.Int32(outcome.Generation);
        response.String(outcome.Protocol ?? "");
        response.String(outcome.Leader);
        response.String(outcome.MemberId);
        response.ArrayLength(outcome.Members.Count);
        foreach (var (memberId, metadata) in outcome.Members)
        {
            response.String(memberId);
            if (version >= 5)
            {
                response.NullableString(null);
            }

            response.NullableBytes(metadata);
        }

        return true;
    }

    private static JoinRequest Read(RequestContext context)
    {
        var version = context.Version;
        var reader = context.Reader();
        var groupId = reader.String();
        var sessionTimeout = reader.Int32();
        var rebalanceTimeout = version >= 1 ? reader.Int32() : sessionTimeout;
        var memberId = reader.String();
        if (version >= 5)
        {
            reader.NullableString();
        }

        var protocolType = reader.String();
        var protocols = new List<(string, byte[])>();
        for (var i = reader.ArrayLength(); i > 0; i--)
        {
            protocols.Add((reader.String(), reader.Bytes()));
        }

        return new JoinRequest(groupId, memberId, context.Header.ClientId ?? "", sessionTimeout, rebalanceTimeout, protocolType, protocols);
    }
}
