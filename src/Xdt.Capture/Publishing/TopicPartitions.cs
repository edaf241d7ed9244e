using Confluent.Kafka;
using Confluent.Kafka.Admin;
using Xdt.Catalog.Changes;

namespace Xdt.Capture.Publishing;

/// <summary>Reads the change topic's partition count from the broker, creating the topic when it does not exist yet.</summary>
public static class TopicPartitions
{
    public static async Task<int> EnsureAsync(Handle producer, string topic, CancellationToken cancellationToken)
    {
        using var admin = new DependentAdminClientBuilder(producer).Build();
        var count = CountOf(admin, topic);
        if (count > 0)
        {
            return count;
        }

        try
        {
            await admin.CreateTopicsAsync([new TopicSpecification { Name = topic, NumPartitions = ChangeTopics.DefaultPartitionCount, ReplicationFactor = -1 }]);
        }
        catch (CreateTopicsException e) when (e.Results.All(r => r.Error.Code == ErrorCode.TopicAlreadyExists))
        {
            // Someone else created it first; read what it has.
        }

        cancellationToken.ThrowIfCancellationRequested();
        count = CountOf(admin, topic);
        return count > 0 ? count : throw new KafkaException(ErrorCode.UnknownTopicOrPart);
    }

    private static int CountOf(IAdminClient admin, string topic)
    {
        var metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(10));
        var described = metadata.Topics.SingleOrDefault(t => t.Topic == topic);
        return described is { Error.IsError: false } ? described.Partitions.Count : 0;
    }
}
