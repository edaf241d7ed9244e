using Confluent.Kafka;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// The clients as the world configures them. The producer mirrors the capture's (src/Xdt.Capture/Publishing/
/// ProducerSettings.cs with CaptureOptions' defaults: acks=all, idempotent, lz4, linger 1 ms); the consumer mirrors the
/// replicator's (src/Xdt.Replicator/Consuming/ChangeConsumerFactory.cs: fetch.wait.max.ms 10, no auto commit, no auto
/// offset store). The consumer is assigned its partitions instead of joining a group: the replicator chooses every
/// start position itself too, and a group join would only add its one-off delay to the first events.
/// </summary>
public static class ClientSettings
{
    public static ProducerConfig Producer(string bootstrapServers) => new()
    {
        BootstrapServers = bootstrapServers,
        ClientId = "xdt-bench-producer",
        EnableIdempotence = true,
        Acks = Acks.All,
        LingerMs = 1,
        AllowAutoCreateTopics = false,
        CompressionType = CompressionType.Lz4,
        QueueBufferingMaxMessages = 100_000,
    };

    public static ConsumerConfig Consumer(string bootstrapServers) => new()
    {
        BootstrapServers = bootstrapServers,
        GroupId = "xdt-bench",
        ClientId = "xdt-bench-consumer",
        EnableAutoCommit = false,
        EnableAutoOffsetStore = false,
        AutoOffsetReset = AutoOffsetReset.Error,
        SessionTimeoutMs = 6_000,
        FetchWaitMaxMs = 10,
    };
}
