using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>SyncGroup v0–3: the leader hands in every member's assignment; the others wait for theirs.</summary>
public sealed class SyncGroupHandler(GroupCoordinator coordinator) : IApiHandler
{
    public ApiKey Key => ApiKey.SyncGroup;

    public short MinVersion => 0;

    public short MaxVersion => 3;

    public async ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var (groupId, generation, memberId, assignments) = Read(context);
        var group = coordinator.Find(groupId);
        var outcome = group is null
            ? new SyncOutcome(ErrorCode.UnknownMemberId, [])
            : await group.SyncAsync(memberId, generation, assignments).WaitAsync(cancellationToken);
        if (context.Version >= 1)
        {
            response.Int32(0);
        }

        response.Int16((short)outcome.Error);
        response.NullableBytes(outcome.Assignment);
        return true;
    }

    private static (string, int, string, Dictionary<string, byte[]>) Read(RequestContext context)
    {
        var reader = context.Reader();
        var groupId = reader.String();
        var generation = reader.Int32();
        var memberId = reader.String();
        if (context.Version >= 3)
        {
            reader.NullableString();
        }

        var assignments = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = reader.ArrayLength(); i > 0; i--)
        {
            assignments[reader.String()] = reader.Bytes();
        }

        return (groupId, generation, memberId, assignments);
    }
}
