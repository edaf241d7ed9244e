using Confluent.Kafka;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// Before a phase's clock starts: one acknowledged event per partition, consumed, so connections are open, the
/// producer id is known and the consumer's fetches are running. Priming events carry sequence −1 and are not counted.
/// </summary>
internal static class Priming
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task ProduceAsync(IProducer<byte[], byte[]> producer, string topic, int partitions, Payloads payloads)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        for (var p = 0; p < partitions; p++)
        {
            await producer.ProduceAsync(new TopicPartition(topic, p),
                new Message<byte[], byte[]> { Key = [], Value = payloads.Create(0, -1) }, timeout.Token);
        }
    }

    public static void Consume(IConsumer<byte[], byte[]> consumer, int partitions)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var seen = 0;
        while (seen < partitions)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {seen} of {partitions} priming events were consumed within {Timeout}.");
            }

            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { IsPartitionEOF: false } result
                && Payloads.Sequence(result.Message.Value) < 0)
            {
                seen++;
            }
        }
    }

    public static IConsumer<byte[], byte[]> AssignedConsumer(string bootstrapServers, string topic, int partitions)
    {
        var consumer = new ConsumerBuilder<byte[], byte[]>(ClientSettings.Consumer(bootstrapServers)).Build();
        consumer.Assign(Enumerable.Range(0, partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        return consumer;
    }
}
