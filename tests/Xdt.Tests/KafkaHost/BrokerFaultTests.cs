using System.Collections.Concurrent;
using Confluent.Kafka;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.KafkaHost;

/// <summary>The broker killed, torn and restarted on the same data directory: what was acknowledged stays, in place.</summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class BrokerFaultTests
{
    [Fact]
    public async Task SigKillUnderIdempotentLoad_Restart_EveryAckedRecordAtItsOffsetAndNoneTwice()
    {
        var kafka = new KafkaHostProcess();
        await kafka.InitializeAsync();
        try
        {
            var topic = await kafka.CreateTopicAsync("crash", partitions: 2);
            var acked = new ConcurrentDictionary<string, (int Partition, long Offset)>();
            using var producer = KafkaClients.IdempotentProducer(kafka.BootstrapServers);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            const int Total = 20_000;
            var sending = Task.Run(async () =>
            {
                var deliveries = new List<Task>();
                for (var i = 0; i < Total; i++)
                {
                    var value = $"m-{i}";
                    deliveries.Add(producer.ProduceAsync(topic, new Message<string, string> { Key = value, Value = value }, timeout.Token)
                        .ContinueWith(t => acked[value] = (t.Result.Partition.Value, t.Result.Offset.Value), TaskContinuationOptions.OnlyOnRanToCompletion));
                    if (i % 100 == 99)
                    {
                        await Task.Yield();
                    }
                }

                await Task.WhenAll(deliveries);
            });

            await Eventually.UntilAsync(() => Task.FromResult(acked.Count >= 2_000), TimeSpan.FromSeconds(60), "2,000 acknowledged records");
            await kafka.KillAsync();
            var ackedBeforeCrash = acked.ToDictionary();
            await kafka.StartAsync();
            await sending.WaitAsync(timeout.Token);

            var read = KafkaClients.ReadAll(kafka.BootstrapServers, topic, 2, Total + 1);
            Assert.Equal(Total, read.Count);
            Assert.Equal(Total, read.Select(r => r.Message.Value).Distinct().Count());
            var stored = read.ToDictionary(r => r.Message.Value, r => (r.Partition.Value, r.Offset.Value));
            Assert.All(acked, a => Assert.Equal(a.Value, stored[a.Key]));
            Assert.All(ackedBeforeCrash, a => Assert.Equal(a.Value, stored[a.Key]));
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
