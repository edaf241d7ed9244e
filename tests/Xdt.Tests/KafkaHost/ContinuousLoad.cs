using System.Collections.Concurrent;
using Confluent.Kafka;

namespace Xdt.Tests.KafkaHost;

/// <summary>
/// Produces <c>m-0</c>, <c>m-1</c> … without pause until stopped, keeping at most <see cref="Window"/> deliveries
/// outstanding: whenever the broker dies, produce requests are in flight. Records each acknowledgement's partition and
/// offset, and the order in which deliveries completed.
/// </summary>
public sealed class ContinuousLoad(IProducer<string, string> producer, string topic, CancellationToken cancellationToken)
{
    public const int Window = 1_000;

    private readonly SemaphoreSlim _window = new(Window);
    private readonly ConcurrentDictionary<string, long> _completionOrder = new();
    private volatile bool _stopped;
    private long _started;
    private long _completed;

    /// <summary>Every acknowledged record: its value and where the broker said it stored it.</summary>
    public ConcurrentDictionary<string, (int Partition, long Offset)> Acked { get; } = new();

    /// <summary>Deliveries started and completed so far (a delivery completes when acknowledged or failed).</summary>
    public (long Started, long Completed) Counts() => (Interlocked.Read(ref _started), Interlocked.Read(ref _completed));

    /// <summary>How many deliveries have completed so far; compare with <see cref="CompletionOrder"/>.</summary>
    public long CompletedAt() => Interlocked.Read(ref _completed);

    /// <summary>The value's place in the order of completions (1 for the first completed).</summary>
    public long CompletionOrder(string value) => _completionOrder[value];

    public void Stop() => _stopped = true;

    /// <summary>Produces until <see cref="Stop"/>, then waits for every delivery; returns how many records were produced.</summary>
    public async Task<int> RunAsync()
    {
        await Task.Yield();
        var deliveries = new List<Task>();
        while (!_stopped)
        {
            await _window.WaitAsync(cancellationToken);
            deliveries.Add(DeliverAsync($"m-{deliveries.Count}"));
        }

        await Task.WhenAll(deliveries);
        return deliveries.Count;
    }

    private async Task DeliverAsync(string value)
    {
        Interlocked.Increment(ref _started);
        try
        {
            var result = await producer.ProduceAsync(topic, new Message<string, string> { Key = value, Value = value }, cancellationToken);
            Acked[value] = (result.Partition.Value, result.Offset.Value);
        }
        finally
        {
            _completionOrder[value] = Interlocked.Increment(ref _completed);
            _window.Release();
        }
    }
}
