using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>A parsed Fetch v4–11 request (sessions are not kept: every fetch is a full one, session id 0).</summary>
public sealed record FetchRequest(int MaxWaitMs, int MinBytes, int MaxBytes, IReadOnlyList<FetchRequest.TopicPartitions> Topics)
{
    public sealed record TopicPartitions(string Topic, IReadOnlyList<PartitionFetch> Partitions);

    public readonly record struct PartitionFetch(int Partition, long FetchOffset, int MaxBytes);

    public static FetchRequest Read(RequestContext context)
    {
        var version = context.Version;
        var reader = context.Reader();
        reader.Int32();
        var maxWait = reader.Int32();
        var minBytes = reader.Int32();
        var maxBytes = reader.Int32();
        reader.Int8();
        if (version >= 7)
        {
            reader.Int32();
            reader.Int32();
        }

        var topics = new List<TopicPartitions>(reader.ArrayLength());
        for (var t = topics.Capacity; t > 0; t--)
        {
            var name = reader.String();
            var partitions = new PartitionFetch[reader.ArrayLength()];
            for (var p = 0; p < partitions.Length; p++)
            {
                var partition = reader.Int32();
                if (version >= 9)
                {
                    reader.Int32();
                }

                var offset = reader.Int64();
                if (version >= 5)
                {
                    reader.Int64();
                }

                partitions[p] = new PartitionFetch(partition, offset, reader.Int32());
            }

            topics.Add(new TopicPartitions(name, partitions));
        }

        return new FetchRequest(maxWait, minBytes, maxBytes, topics);
    }
}
