using System.Diagnostics;
using Confluent.Kafka;
using HdrHistogram;
using Xdt.Bench.Kafka.Brokers;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// Produce → consumed latency at a fixed, open-loop rate: event i is due at start + i/rate and is sent then (or as soon
/// after as the sender can), whatever happened to earlier events; its latency runs from that due time to the moment
/// the consumer has it. A fresh topic of six partitions (as the change topic has), keys spread over them.
/// </summary>
public sealed class LatencyRun(IBenchBroker broker, Payloads payloads)
{
    public const int Partitions = 6;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(15);
    private const long HighestMicroseconds = 120_000_000;

    public async Task<LatencyResult> RunAsync(int rate, TimeSpan duration)
    {
        var topic = $"bench-latency-{rate}-{Guid.NewGuid():n}";
        await broker.CreateTopicAsync(topic, Partitions);
        using var producer = new ProducerBuilder<byte[], byte[]>(ClientSettings.Producer(broker.BootstrapServers)).Build();
        using var consumer = Priming.AssignedConsumer(broker.BootstrapServers, topic, Partitions);
        await Priming.ProduceAsync(producer, topic, Partitions, payloads);
        Priming.Consume(consumer, Partitions);

        var meter = new PhaseMeter(broker);
        var count = (long)(rate * duration.TotalSeconds);
        var latency = new LongHistogram(HighestMicroseconds, 3);
        var failed = 0L;
        var sent = -1L; // known once the sender is done
        var consuming = Task.Factory.StartNew(() => Consume(consumer, latency, () => Volatile.Read(ref sent) - Volatile.Read(ref failed)),
            TaskCreationOptions.LongRunning);

        var (lag, elapsed) = await Task.Factory.StartNew(() => Send(producer, topic, rate, count, () => Interlocked.Increment(ref failed)),
            TaskCreationOptions.LongRunning);
        producer.Flush(DrainTimeout);
        Volatile.Write(ref sent, count);
        var received = await consuming;
        var cpu = meter.Stop();

        return new LatencyResult(rate, count / elapsed.TotalSeconds, count, received, Interlocked.Read(ref failed),
            latency.GetValueAtPercentile(50) / 1000.0, latency.GetValueAtPercentile(99) / 1000.0, latency.GetMaxValue() / 1000.0,
            lag.GetValueAtPercentile(99) / 1000.0, cpu);
    }

    private (LongHistogram Lag, TimeSpan Elapsed) Send(IProducer<byte[], byte[]> producer, string topic, int rate, long count, Action onFailed)
    {
        var lag = new LongHistogram(HighestMicroseconds, 3);
        var interval = Stopwatch.Frequency / (double)rate;
        var start = Stopwatch.GetTimestamp();
        void OnDelivered(DeliveryReport<byte[], byte[]> report)
        {
            if (report.Error.IsError)
            {
                onFailed();
            }
        }

        for (var i = 0L; i < count; i++)
        {
            var due = start + (long)(i * interval);
            Pacing.WaitUntil(due);
            lag.RecordValue(Pacing.Microseconds(Stopwatch.GetTimestamp() - due));
            var message = new Message<byte[], byte[]> { Key = BitConverter.GetBytes(i), Value = payloads.Create(due, i) };
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

        // The achieved rate: events over the time from the first due time to the last actual send.
        return (lag, Stopwatch.GetElapsedTime(start) + TimeSpan.FromSeconds(1.0 / rate));
    }

    /// <summary>Consumes until every acknowledged event is in (the target is known once sending ended) or the drain times out.</summary>
    private static long Consume(IConsumer<byte[], byte[]> consumer, LongHistogram latency, Func<long> expected)
    {
        var received = 0L;
        long? drainDeadline = null;
        while (true)
        {
            var target = expected();
            if (target >= 0)
            {
                if (received >= target)
                {
                    return received;
                }

                drainDeadline ??= Stopwatch.GetTimestamp() + (long)(DrainTimeout.TotalSeconds * Stopwatch.Frequency);
                if (Stopwatch.GetTimestamp() > drainDeadline)
                {
                    return received;
                }
            }

            var result = consumer.Consume(TimeSpan.FromMilliseconds(50));
            if (result is null || result.IsPartitionEOF || Payloads.Sequence(result.Message.Value) < 0)
            {
                continue;
            }

            var now = Stopwatch.GetTimestamp();
            latency.RecordValue(Math.Max(0, Pacing.Microseconds(now - Payloads.ScheduledTimestamp(result.Message.Value))));
            received++;
        }
    }
}
