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
            // The local mock broker waits session.timeout - 1 s before a rebalance and answers fetches only at
            // fetch.wait.max.ms (see docs/ARCHITECTURE.md); both values are fine for real Kafka too.
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
