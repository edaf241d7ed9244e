using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>
/// CreateTopics v0–4. Partitions -1 means one; the replication factor must be 1 or -1 (one broker). Supported configs:
/// retention.ms, retention.bytes, segment.bytes, segment.ms (cleanup.policy is accepted and ignored: no compaction).
/// </summary>
public sealed class CreateTopicsHandler(LogManager logs) : IApiHandler
{
    public ApiKey Key => ApiKey.CreateTopics;

    public short MinVersion => 0;

    public short MaxVersion => 4;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var reader = context.Reader();
        var requests = new List<(string Name, int Partitions, short Replication, Dictionary<string, string?> Configs)>();
        for (var t = reader.ArrayLength(); t > 0; t--)
        {
            var name = reader.String();
            var partitions = reader.Int32();
            var replication = reader.Int16();
            var assignments = reader.ArrayLength();
            for (var a = 0; a < assignments; a++)
            {
                reader.Int32();
                for (var b = reader.ArrayLength(); b > 0; b--)
                {
                    reader.Int32();
                }
            }

            var configs = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var c = reader.ArrayLength(); c > 0; c--)
            {
                configs[reader.String()] = reader.NullableString();
            }

            requests.Add((name, assignments > 0 ? assignments : partitions < 0 ? 1 : partitions, replication, configs));
        }

        reader.Int32();
        var validateOnly = version >= 1 && reader.Bool();
        if (version >= 2)
        {
            response.Int32(0);
        }

        response.ArrayLength(requests.Count);
        foreach (var (name, partitions, replication, configs) in requests)
        {
            var (error, message) = replication is -1 or 1
                ? logs.Create(name, partitions, configs, validateOnly)
                : (ErrorCode.InvalidReplicationFactor, "This broker is alone: the replication factor must be 1.");
            response.String(name);
            response.Int16((short)error);
            if (version >= 1)
            {
                response.NullableString(message);
            }
        }

        return ValueTask.FromResult(true);
    }
}
