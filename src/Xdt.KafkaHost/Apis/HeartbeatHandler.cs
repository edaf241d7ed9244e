using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>Heartbeat v0–3: keeps a member's session; REBALANCE_IN_PROGRESS tells it to rejoin.</summary>
public sealed class HeartbeatHandler(GroupCoordinator coordinator) : IApiHandler
{
    public ApiKey Key => ApiKey.Heartbeat;

    public short MinVersion => 0;

    public short MaxVersion => 3;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var reader = context.Reader();
        var groupId = reader.String();
        var generation = reader.Int32();
        var memberId = reader.String();
        var error = coordinator.Find(groupId)?.Heartbeat(memberId, generation) ?? ErrorCode.UnknownMemberId;
        if (context.Version >= 1)
        {
            response.Int32(0);
        }

        response.Int16((short)error);
        return ValueTask.FromResult(true);
    }
}
