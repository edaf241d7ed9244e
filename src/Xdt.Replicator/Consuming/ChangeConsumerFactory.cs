using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Xdt.Replicator.Hosting;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// Builds the region's consumer with the contract's settings. Offsets live in the replica, not in Kafka: auto commit is
/// off and the assignment handler chooses every start position.
/// </summary>
public sealed class ChangeConsumerFactory(IOptions<KafkaOptions> kafka, IOptions<RegionOptions> region)
{
    public string BootstrapServers => kafka.Value.BootstrapServers;

    public string GroupId => region.Value.ConsumerGroup;

    public IConsumer<byte[]?, byte[]?> Create(
        Func<IConsumer<byte[]?, byte[]?>, List<TopicPartition>, IEnumerable<TopicPartitionOffset>> onAssigned,
        Action<IConsumer<byte[]?, byte[]?>, List<TopicPartitionOffset>> onRevoked,
        Action<IConsumer<byte[]?, byte[]?>, Error> onError)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = kafka.Value.BootstrapServers,
            GroupId = GroupId,
            ClientId = $"replicator-{region.Value.Region}",
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            // Every start position is chosen by the assignment handler (earliest for an empty replica), so this only
            // decides what happens when a stored position fell out of the log: an error, so the loss is never silent.
            AutoOffsetReset = AutoOffsetReset.Error,
            // Low latency on any broker: a short session timeout finds a dead member (and rebalances) within seconds,
            // and a short fetch wait bounds the delay where a broker answers a waiting fetch only at its max wait
            // (real Kafka and the local broker answer as soon as data arrives). See docs/ARCHITECTURE.md.
            SessionTimeoutMs = 6_000,
            FetchWaitMaxMs = 10,
        };
        return new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetPartitionsAssignedHandler(onAssigned)
            .SetPartitionsRevokedHandler(onRevoked)
            .SetPartitionsLostHandler((consumer, lost) => onRevoked(consumer, lost))
            .SetErrorHandler(onError)
            .Build();
    }
}
