using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Xdt.Replicator.Hosting;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// Builds the region's consumer with the contract's settings. Offsets live in the replica, not in Kafka: the assignment
/// handler chooses every start position, and the group's committed offsets only mirror what was applied.
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
            // Applied positions are stored by the session (never on fetch) and committed in the background once a second
            // (see InformativeOffsets): the consume loop never waits for a group coordinator.
            EnableAutoCommit = true,
            AutoCommitIntervalMs = 1_000,
            EnableAutoOffsetStore = false,
            // Every start position is chosen by the assignment handler (earliest for an empty replica), so this only
            // decides what happens when a stored position fell out of the log: an error, so the loss is never silent.
            AutoOffsetReset = AutoOffsetReset.Error,
            // A member that dies is noticed, and its partitions handed on, within seconds rather than Kafka's 45.
            SessionTimeoutMs = 6_000,
            // A waiting fetch is answered as soon as data arrives (Kafka and the local broker both do), so a long wait
            // costs no latency; it only decides how often an idle region asks, and idle regions should be quiet.
            FetchWaitMaxMs = 500,
        };
        return new ConsumerBuilder<byte[]?, byte[]?>(config)
            .SetPartitionsAssignedHandler(onAssigned)
            .SetPartitionsRevokedHandler(onRevoked)
            .SetPartitionsLostHandler((consumer, lost) => onRevoked(consumer, lost))
            .SetErrorHandler(onError)
            .Build();
    }
}
