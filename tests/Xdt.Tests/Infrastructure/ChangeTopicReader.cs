using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// Reads a change topic from the beginning of every partition (no consumer group) and keeps what it saw, so a test can
/// wait for the events it expects and then assert on order, partitions and content.
/// </summary>
public sealed class ChangeTopicReader : IDisposable
{
    private readonly IConsumer<byte[], byte[]> _consumer;
    private readonly List<ReadChange> _seen = [];

    public ChangeTopicReader(string bootstrapServers, string topic, int partitions)
    {
        _consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = $"reader-{Guid.NewGuid():n}",
            EnableAutoCommit = false,
            FetchWaitMaxMs = 10,
        }).Build();
        _consumer.Assign(Enumerable.Range(0, partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
    }

    public IReadOnlyList<ReadChange> Seen => _seen;

    /// <summary>Reads until <paramref name="done"/> holds for everything seen so far, or fails after <paramref name="timeout"/>.</summary>
    public IReadOnlyList<ReadChange> ReadUntil(Func<IReadOnlyList<ReadChange>, bool> done, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!done(_seen))
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"Expected events did not arrive within {timeout}; saw {_seen.Count}:\n" +
                    string.Join('\n', _seen.TakeLast(30).Select(s => s.ToString())));
            }

            var result = _consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result is { IsPartitionEOF: false, Message: not null })
            {
                var trace = result.Message.Headers?.TryGetLastBytes(ChangeTopics.TraceParentHeader, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
                _seen.Add(new ReadChange(
                    result.Partition.Value,
                    result.Offset.Value,
                    ChangeJson.Deserialize<ChangeKey>(result.Message.Key)!,
                    ChangeJson.Deserialize<ChangeEnvelope>(result.Message.Value)!,
                    trace));
            }
        }

        return _seen;
    }

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }
}
