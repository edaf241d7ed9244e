using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>ListOffsets v1–5: latest (-1) is the high watermark, earliest (-2) the log-start offset, else by timestamp.</summary>
public sealed class ListOffsetsHandler(LogManager logs) : IApiHandler
{
    private const long Latest = -1;
    private const long Earliest = -2;

    public ApiKey Key => ApiKey.ListOffsets;

    public short MinVersion => 1;

    public short MaxVersion => 5;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var reader = context.Reader();
        reader.Int32();
        if (version >= 2)
        {
            reader.Int8();
            response.Int32(0);
        }

        var topics = reader.ArrayLength();
        response.ArrayLength(topics);
        for (var t = 0; t < topics; t++)
        {
            var name = reader.String();
            response.String(name);
            var partitions = reader.ArrayLength();
            response.ArrayLength(partitions);
            for (var p = 0; p < partitions; p++)
            {
                var partition = reader.Int32();
                if (version >= 4)
                {
                    reader.Int32();
                }

                var timestamp = reader.Int64();
                var found = logs.TryGetPartition(name, partition, out var log);
                response.Int32(partition);
                response.Int16((short)(found ? ErrorCode.None : ErrorCode.UnknownTopicOrPartition));
                response.Int64(-1);
                response.Int64(!found ? -1 : timestamp switch
                {
                    Latest => log.EndOffset,
                    Earliest => log.StartOffset,
                    _ => log.OffsetForTimestamp(timestamp),
                });
                if (version >= 4)
                {
                    response.Int32(0);
                }
            }
        }

        return ValueTask.FromResult(true);
    }
}
