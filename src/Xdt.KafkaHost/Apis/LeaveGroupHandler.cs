using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>LeaveGroup v0–2: the member leaves at once and the others rebalance (no waiting for its session to end).</summary>
public sealed class LeaveGroupHandler(GroupCoordinator coordinator) : IApiHandler
{
    public ApiKey Key => ApiKey.LeaveGroup;

    public short MinVersion => 0;

    public short MaxVersion => 2;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var reader = context.Reader();
        var groupId = reader.String();
        var memberId = reader.String();
        var error = coordinator.Find(groupId)?.Leave(memberId) ?? ErrorCode.UnknownMemberId;
        if (context.Version >= 1)
        {
            response.Int32(0);
        }

        response.Int16((short)error);
        return ValueTask.FromResult(true);
    }
}
