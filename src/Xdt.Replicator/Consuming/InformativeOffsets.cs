using Confluent.Kafka;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// Mirrors applied positions to Kafka's group offsets. They are only informative (lag dashboards read them); the
/// replica's <c>replication.partitions</c> is what the replicator resumes from. The positions are stored in the client,
/// which commits them in the background (<see cref="ChangeConsumerFactory"/>): a synchronous commit waits for a group
/// coordinator, for up to <c>socket.timeout.ms</c> while none answers, and meanwhile the consume loop would neither apply
/// what it had fetched nor hear the client say the brokers are gone.
/// </summary>
public static class InformativeOffsets
{
    public static void Store(IConsumer<byte[]?, byte[]?> consumer, IReadOnlyList<ApplyUnit> units, ILogger logger)
    {
        var newest = new Dictionary<int, long>();
        foreach (var unit in units)
        {
            newest[unit.Partition] = unit.NextOffset;
        }

        foreach (var (partition, next) in newest)
        {
            try
            {
                consumer.StoreOffset(new TopicPartitionOffset(ChangeTopics.ProductUpdates, partition, next));
            }
            catch (KafkaException e)
            {
                // The partition was revoked meanwhile: its new owner mirrors its own positions.
                logger.OffsetStoreFailed(e.Error.Reason);
            }
        }
    }
}
