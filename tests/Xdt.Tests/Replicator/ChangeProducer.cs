using Confluent.Kafka;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Replicator;

/// <summary>Produces hand-made change events to the change topic, partitioned by store as the capture does.</summary>
public sealed class ChangeProducer : IDisposable
{
    private readonly string _bootstrapServers;
    private readonly IProducer<byte[], byte[]> _producer;

    public ChangeProducer(string bootstrapServers)
    {
        _bootstrapServers = bootstrapServers;
        _producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig
        {
            BootstrapServers = bootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 1,
        }).Build();
    }

    public static int PartitionOf(long storeId) => StorePartitioner.PartitionFor(storeId, ChangeTopics.DefaultPartitionCount);

    public Task SendAsync(long storeId, ChangeEnvelope envelope, long rowId) =>
        SendRawAsync(PartitionOf(storeId), ChangeJson.Serialize(ChangeKey.ForRow("catalog", envelope.Source.Table!, rowId)), ChangeEvents.Bytes(envelope));

    public async Task SendRawAsync(int partition, byte[] key, byte[] value)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _producer.ProduceAsync(new TopicPartition(ChangeTopics.ProductUpdates, partition), new Message<byte[], byte[]> { Key = key, Value = value }, timeout.Token);
    }

    /// <summary>Sends without waiting for each acknowledgement; <see cref="Flush"/> waits for all of them.</summary>
    public void Enqueue(long storeId, ChangeEnvelope envelope, long rowId) =>
        _producer.Produce(
            new TopicPartition(ChangeTopics.ProductUpdates, PartitionOf(storeId)),
            new Message<byte[], byte[]> { Key = ChangeJson.Serialize(ChangeKey.ForRow("catalog", envelope.Source.Table!, rowId)), Value = ChangeEvents.Bytes(envelope) },
            report => { if (report.Error.IsError) throw new KafkaException(report.Error); });

    public void Flush()
    {
        var left = _producer.Flush(TimeSpan.FromSeconds(30));
        Assert.Equal(0, left);
    }

    /// <summary>The end offset of every partition of the change topic, as the broker reports it now.</summary>
    public IReadOnlyDictionary<int, long> HighWatermarks()
    {
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = _bootstrapServers, GroupId = "xdt-test-watermarks" }).Build();
        return Enumerable.Range(0, ChangeTopics.DefaultPartitionCount).ToDictionary(
            p => p,
            p => consumer.QueryWatermarkOffsets(new TopicPartition(ChangeTopics.ProductUpdates, p), TimeSpan.FromSeconds(10)).High.Value);
    }

    public void Dispose()
    {
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
    }
}
