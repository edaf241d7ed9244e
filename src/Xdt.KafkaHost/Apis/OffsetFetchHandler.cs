using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>OffsetFetch v1–5: a group's committed offsets (-1 where none); a null topic list (v2+) asks for all of them.</summary>
public sealed class OffsetFetchHandler(GroupCoordinator coordinator) : IApiHandler
{
    public ApiKey Key => ApiKey.OffsetFetch;

    public short MinVersion => 1;

    public short MaxVersion => 5;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var reader = context.Reader();
        var groupId = reader.String();
        var count = reader.ArrayLength();
        var requested = new List<(string Topic, List<int> Partitions)>();
        for (var t = 0; t < count; t++)
        {
            var topic = reader.String();
            var partitions = new List<int>();
            for (var p = reader.ArrayLength(); p > 0; p--)
            {
                partitions.Add(reader.Int32());
            }

            requested.Add((topic, partitions));
        }

        if (count < 0)
        {
            requested = [.. coordinator.Offsets.ForGroup(groupId)
                .GroupBy(k => k.Topic, k => k.Partition)
                .Select(g => (g.Key, g.Order().ToList()))];
        }

        if (version >= 3)
        {
            response.Int32(0);
        }

        response.ArrayLength(requested.Count);
        foreach (var (topic, partitions) in requested)
        {
            response.String(topic);
            response.ArrayLength(partitions.Count);
            foreach (var partition in partitions)
            {
                var found = coordinator.Offsets.TryGet(groupId, topic, partition, out var committed);
                response.Int32(partition);
                response.Int64(found ? committed.Offset : -1);
                if (version >= 5)
                {
                    response.Int32(-1);
                }

                response.NullableString(found ? committed.Metadata : "");
                response.Int16((short)ErrorCode.None);
            }
        }

        if (version >= 2)
        {
            response.Int16((short)ErrorCode.None);
        }

        return ValueTask.FromResult(true);
    }
}
