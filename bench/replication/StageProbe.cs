using System.Text.Json;
using Confluent.Kafka;
using Xdt.Catalog.Changes;

namespace Xdt.Bench.Replication;

/// <summary>
/// Splits the write-to-visible path into stages by reading the change stream as one more consumer: per product event
/// of the bench store, primary write (<c>after.updated_at</c>) → commit (<c>source.ts_ms</c>) → produced (<c>ts_ms</c>)
/// → fetched by a consumer (this process's clock; everything runs on one machine, so the clocks agree).
/// </summary>
public sealed class StageProbe(string bootstrapServers, long[] storeIds)
{
    private readonly List<double> _writeToCommit = [];
    private readonly List<double> _commitToProduce = [];
    private readonly List<double> _produceToFetch = [];
    private readonly Dictionary<(long Id, DateTime UpdatedAt), long> _produced = [];

    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Consume(cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public IEnumerable<string> Rows()
    {
        yield return "stage                samples   p50 ms    p95 ms    p99 ms    max ms";
        yield return LatencySummary.Of(_writeToCommit).Row("write→commit  ");
        yield return LatencySummary.Of(_commitToProduce).Row("commit→produce");
        yield return LatencySummary.Of(_produceToFetch).Row("produce→fetch ");
    }

    /// <summary>Capture's produce time → visible in a region, for the versions this probe saw produced.</summary>
    public string ProducedToVisible(VisibilityProbe region)
    {
        var samples = region.Versions
            .Where(v => _produced.ContainsKey((v.Id, v.UpdatedAt)))
            .Select(v => (double)(new DateTimeOffset(v.ReplicatedAt, TimeSpan.Zero).ToUnixTimeMilliseconds() - _produced[(v.Id, v.UpdatedAt)]))
            .ToList();
        return LatencySummary.Of(samples).Row($"produce→{region.Region}");
    }

    private void Consume(CancellationToken cancellationToken)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "xdt-bench-stages",
            EnableAutoCommit = false,
            FetchWaitMaxMs = 10,
        };
        using var consumer = new ConsumerBuilder<Ignore, byte[]>(config).Build();
        consumer.Assign(Enumerable.Range(0, ChangeTopics.DefaultPartitionCount)
            .Select(p => new TopicPartitionOffset(ChangeTopics.ProductUpdates, p, Offset.End)));
        while (!cancellationToken.IsCancellationRequested)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message?.Value is not { } value)
            {
                continue;
            }

            var fetched = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var envelope = ChangeJson.Deserialize<ChangeEnvelope>(value);
            if (envelope?.After is not { } after || !storeIds.Contains(after["store_id"]?.GetValue<long>() ?? -1))
            {
                continue;
            }

            var written = after["updated_at"]!.Deserialize<DateTimeOffset>(ChangeJson.Options);
            _produced[(after["id"]!.GetValue<long>(), written.UtcDateTime)] = envelope.TsMs;
            _writeToCommit.Add((DateTimeOffset.FromUnixTimeMilliseconds(envelope.Source.TsMs) - written).TotalMilliseconds);
            _commitToProduce.Add(envelope.TsMs - envelope.Source.TsMs);
            _produceToFetch.Add(fetched - envelope.TsMs);
        }

        consumer.Close();
    }
}
