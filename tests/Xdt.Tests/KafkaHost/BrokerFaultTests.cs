using System.Globalization;
using Confluent.Kafka;
using Xdt.KafkaHost.Log;
using Xdt.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Xdt.Tests.KafkaHost;

/// <summary>The broker killed, torn and restarted on the same data directory: what was acknowledged stays, in place.</summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class BrokerFaultTests(ITestOutputHelper output)
{
    /// <summary>
    /// A producer keeps producing with up to <see cref="ContinuousLoad.Window"/> deliveries outstanding, so the kill
    /// always lands while produce requests are in flight. Just before it the broker holds its answers: the batch it is
    /// handling is written but never acknowledged (otherwise that window is microseconds wide and a kill almost never
    /// hits it). The idempotent producer retries everything unanswered against the restarted broker, which must append
    /// what it never had and recognise the written batch as a duplicate.
    /// </summary>
    [Fact]
    public async Task SigKillWhileProducesAreOutstanding_Restart_EveryAckedRecordAtItsOffsetEveryRecordOnceOffsetsContiguous()
    {
        var kafka = new KafkaHostProcess();
        await kafka.InitializeAsync();
        try
        {
            const int Partitions = 2;
            var topic = await kafka.CreateTopicAsync("crash", Partitions);
            using var producer = KafkaClients.IdempotentProducer(kafka.BootstrapServers);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            var load = new ContinuousLoad(producer, topic, timeout.Token);
            var producing = load.RunAsync();

            await Eventually.UntilAsync(() => Task.FromResult(load.Acked.Count >= 2_000 || producing.IsCompleted),
                TimeSpan.FromSeconds(60), "2,000 acknowledged records");
            await kafka.HoldResponsesAsync(true);
            await Eventually.UntilAsync(async () => await kafka.HeldResponsesAsync() > 0
                    && (await kafka.OffsetsAsync(topic)).Sum(p => p.End) > load.Acked.Count,
                TimeSpan.FromSeconds(30), "a written batch whose answer is held");
            await kafka.KillAsync();
            var (startedAtKill, completedAtKill) = load.Counts();
            var ackedAtKill = load.Acked.ToDictionary();
            var writtenAtKill = WrittenEndOffsets(kafka.DataDirectory, topic, Partitions);
            var restarting = load.CompletedAt();
            await kafka.StartAsync();

            // Carry on after the restart long enough to show the producer works on, then stop and collect every delivery.
            await Eventually.UntilAsync(() => Task.FromResult(load.Acked.Count >= ackedAtKill.Count + 2_000 || producing.IsCompleted),
                TimeSpan.FromSeconds(60), "2,000 more acknowledged records after the restart");
            load.Stop();
            var total = await producing.WaitAsync(timeout.Token);

            Assert.True(startedAtKill - completedAtKill > 0, $"No delivery was outstanding at the kill ({startedAtKill} started, {completedAtKill} done).");
            Assert.True(ackedAtKill.Count < total, $"All {total} records were acknowledged before the kill.");
            Assert.Equal(total, load.Acked.Count);

            var ends = (await kafka.OffsetsAsync(topic)).Select(p => p.End).ToList();
            var read = KafkaClients.ReadAll(kafka.BootstrapServers, topic, Partitions, (int)ends.Sum());
            foreach (var partition in Enumerable.Range(0, Partitions))
            {
                Assert.Equal(Enumerable.Range(0, (int)ends[partition]).Select(o => (long)o),
                    read.Where(r => r.Partition.Value == partition).Select(r => r.Offset.Value).Order());
            }

            Assert.Equal(Enumerable.Range(0, total).Select(i => $"m-{i}").Order(StringComparer.Ordinal),
                read.Select(r => r.Message.Value).Order(StringComparer.Ordinal));
            var stored = read.ToDictionary(r => r.Message.Value, r => (r.Partition.Value, r.Offset.Value));
            Assert.All(load.Acked, a => Assert.Equal(a.Value, stored[a.Key]));
            Assert.All(ackedAtKill, a => Assert.Equal(a.Value, stored[a.Key]));

            // Answers of the restarted broker at offsets the dead one had written: retries it recognised as duplicates.
            var deduplicated = load.Acked.Count(a => !ackedAtKill.ContainsKey(a.Key) && load.CompletionOrder(a.Key) > restarting
                && a.Value.Offset < writtenAtKill[a.Value.Partition]);
            Assert.True(deduplicated > 0, "No retry of a batch written before the kill was answered from the log.");
            output.WriteLine($"{total} produced; at the kill {ackedAtKill.Count} acknowledged, {startedAtKill - completedAtKill} outstanding, "
                + $"{writtenAtKill.Sum()} written; {deduplicated} records of retries answered from the log as duplicates.");
        }
        finally
        {
            await kafka.DisposeAsync();
        }
    }

    [Fact]
    public async Task TornLastBatchAndGarbageTail_Restart_TruncatedAndTheLogGoesOn()
    {
        var kafka = new KafkaHostProcess();
        await kafka.InitializeAsync();
        try
        {
            var torn = await kafka.CreateTopicAsync("torn", partitions: 1);
            var garbage = await kafka.CreateTopicAsync("garbage", partitions: 1);
            foreach (var i in Enumerable.Range(0, 5))
            {
                await KafkaClients.ProduceAsync(kafka.BootstrapServers, torn, [$"t-{i}"]);
                await KafkaClients.ProduceAsync(kafka.BootstrapServers, garbage, [$"g-{i}"]);
            }

            await kafka.KillAsync();
            var tornSegment = Path.Combine(kafka.DataDirectory, $"{torn}-0", $"{0:D20}.log");
            File.SetAttributes(tornSegment, FileAttributes.Normal);
            using (var file = new FileStream(tornSegment, FileMode.Open))
            {
                file.SetLength(file.Length - 7);
            }

            await File.AppendAllTextAsync(Path.Combine(kafka.DataDirectory, $"{garbage}-0", $"{0:D20}.log"), "not a record batch at all");
            await kafka.StartAsync();

            Assert.Contains("truncated", kafka.Process.Output);
            Assert.Equal(4, (await kafka.OffsetsAsync(torn))[0].End);
            Assert.Equal(5, (await kafka.OffsetsAsync(garbage))[0].End);

            await KafkaClients.ProduceAsync(kafka.BootstrapServers, torn, ["t-after"]);
            Assert.Equal(["t-0", "t-1", "t-2", "t-3", "t-after"],
                KafkaClients.ReadAll(kafka.BootstrapServers, torn, 1, 5).Select(r => r.Message.Value));
        }
        finally
        {
            await kafka.DisposeAsync();
        }
    }

    [Fact]
    public async Task GroupCommits_BrokerKilledAndRestarted_ConsumerResumesAndEndOffsetsNeverGoBack()
    {
        var kafka = new KafkaHostProcess();
        await kafka.InitializeAsync();
        try
        {
            var topic = await kafka.CreateTopicAsync("resume", partitions: 3);
            var all = Enumerable.Range(0, 150).Select(i => $"r-{i}").ToList();
            await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, all);
            var group = $"resume-{Guid.NewGuid():n}";
            var first = ConsumeAndCommit(kafka, topic, group, 90);
            var before = await kafka.OffsetsAsync(topic);

            await kafka.KillAsync();
            await kafka.StartAsync();
            var after = await kafka.OffsetsAsync(topic);
            Assert.Equal(before.Select(p => p.End), after.Select(p => p.End));

            var second = ConsumeAndCommit(kafka, topic, group, all.Count - first.Count);
            Assert.Empty(first.Intersect(second));
            Assert.Equal(all.Order(), first.Concat(second).Order());
        }
        finally
        {
            await kafka.DisposeAsync();
        }
    }

    /// <summary>
    /// Each partition's end offset as written to its segment files, read while the broker is dead: the valid batches the
    /// restarted broker will find (a torn tail is cut, as its recovery does).
    /// </summary>
    private static long[] WrittenEndOffsets(string dataDirectory, string topic, int partitions) =>
    [
        .. Enumerable.Range(0, partitions).Select(p =>
        {
            var end = 0L;
            foreach (var segment in Directory.GetFiles(Path.Combine(dataDirectory, $"{topic}-{p}"), "*.log").Order(StringComparer.Ordinal))
            {
                using var handle = File.OpenHandle(segment);
                var scan = SegmentScanner.Scan(handle, long.Parse(Path.GetFileNameWithoutExtension(segment), CultureInfo.InvariantCulture), null, null);
                end = scan.NextOffset;
                if (scan.IsTorn)
                {
                    break;
                }
            }

            return end;
        }),
    ];

    private static List<string> ConsumeAndCommit(KafkaHostProcess kafka, string topic, string group, int count)
    {
        using var consumer = new ConsumerBuilder<string, string>(KafkaClients.GroupConsumer(kafka.BootstrapServers, group)).Build();
        consumer.Subscribe(topic);
        var received = new List<string>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (received.Count < count)
        {
            Assert.True(waited.Elapsed < KafkaClients.Timeout, $"Only {received.Count} of {count} arrived.");
            if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { IsPartitionEOF: false } result)
            {
                received.Add(result.Message.Value);
                consumer.StoreOffset(result);
            }
        }

        consumer.Commit();
        consumer.Close();
        return received;
    }
}
