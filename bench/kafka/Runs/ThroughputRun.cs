using System.Diagnostics;
using Confluent.Kafka;
using Xdt.Bench.Kafka.Brokers;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// Throughput of 1 KB events: one producer (the capture's settings) sends as fast as its queue takes them and the rate
/// is acknowledged events over the time to the last acknowledgement; then one consumer (the replicator's settings)
/// reads them all from the beginning. Spread over 24 partitions so that the mock's fixed retention (5 MB per
/// partition, oldest dropped) keeps every event of the default count.
/// </summary>
public sealed class ThroughputRun(IBenchBroker broker, Payloads payloads)
{
    public const int Partitions = 24;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task<ThroughputResult> RunAsync(long events)
    {
        var topic = $"bench-throughput-{Guid.NewGuid():n}";
        await broker.CreateTopicAsync(topic, Partitions);
        var meter = new PhaseMeter(broker);
        var (produced, failed) = await ProduceAsync(topic, events);
        var consumed = Consume(topic, events - failed);
        var cpu = meter.Stop();
        return new ThroughputResult(events, failed, produced, consumed, cpu);
    }

    private async Task<(double PerSecond, long Failed)> ProduceAsync(string topic, long events)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(ClientSettings.Producer(broker.BootstrapServers)).Build();
        await Priming.ProduceAsync(producer, topic, Partitions, payloads);

        var failed = 0L;
        var lastAck = 0L;
        void OnDelivered(DeliveryReport<byte[], byte[]> report)
        {
            if (report.Error.IsError)
            {
                Interlocked.Increment(ref failed);
            }

            Volatile.Write(ref lastAck, Stopwatch.GetTimestamp());
        }

        var start = Stopwatch.GetTimestamp();
        for (var i = 0L; i < events; i++)
        {
            var message = new Message<byte[], byte[]> { Key = BitConverter.GetBytes(i), Value = payloads.Create(0, i) };
            while (true)
            {
                try
                {
                    producer.Produce(topic, message, OnDelivered);
                    break;
                }
                catch (ProduceException<byte[], byte[]> e) when (e.Error.Code == ErrorCode.Local_QueueFull)
                {
                    producer.Poll(TimeSpan.FromMilliseconds(1));
                }
            }
        }

        if (producer.Flush(Timeout) > 0)
        {
            throw new TimeoutException($"Events were still unacknowledged after {Timeout}.");
        }

        var acknowledged = events - Interlocked.Read(ref failed);
        return (acknowledged / Stopwatch.GetElapsedTime(start, Volatile.Read(ref lastAck)).TotalSeconds, Interlocked.Read(ref failed));
    }

    /// <summary>Events per second from the first event read to the last (connecting and locating the start are not counted).</summary>
    private double Consume(string topic, long events)
    {
        using var consumer = Priming.AssignedConsumer(broker.BootstrapServers, topic, Partitions);
        var deadline = Stopwatch.GetTimestamp() + (long)(Timeout.TotalSeconds * Stopwatch.Frequency);
        long? first = null;
        var received = 0L;
        while (received < events)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Only {received} of {events} events were read back within {Timeout}.");
            }

            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { IsPartitionEOF: false } result
                && Payloads.Sequence(result.Message.Value) >= 0)
            {
                first ??= Stopwatch.GetTimestamp();
                received++;
            }
        }

        return (received - 1) / Stopwatch.GetElapsedTime(first ?? 0).TotalSeconds;
    }
}
