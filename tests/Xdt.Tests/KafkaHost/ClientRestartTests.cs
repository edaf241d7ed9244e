using System.Globalization;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.KafkaHost;

/// <summary>
/// kcat and kafka-python sessions that are running while the broker dies and comes back on the same port and data
/// (Confluent.Kafka's are in <see cref="BrokerFaultTests"/>). A consumer that rejoins after the restart resumes from the
/// group's committed offsets. At-least-once allows a record twice only when it was consumed but not yet committed at
/// the moment the broker died; these tests restart the broker only once the group has committed everything consumed
/// (and before anything new is produced), so here it allows none: every record must arrive exactly once, in offset
/// order per partition. A broker that lost the committed offsets, or a consumer that did not resume from them, shows
/// up as records read twice. One exception, which at-least-once does allow: kafka-python may fetch records produced
/// after the restart on its old assignment before it learns it must rejoin; that poll's commit fails and exactly
/// those records come again.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class ClientRestartTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Kcat_ProducerAndGroupConsumerRunThroughSigKillAndRestart_EveryRecordOnceAndConsumerResumesFromCommits()
    {
        var kafka = new KafkaHostProcess();
        await kafka.InitializeAsync();
        try
        {
            const int Partitions = 2, Total = 200;
            var topic = await kafka.CreateTopicAsync("kcat-restart", Partitions);
            var group = $"kcat-{Guid.NewGuid():n}";
            await using var consumer = RunningTool.Start("/usr/bin/kcat", "-b", kafka.BootstrapServers, "-G", group, "-q", "-u", "-E",
                "-f", "v %p %o %s\n", "-c", Total.ToString(CultureInfo.InvariantCulture),
                "-X", "auto.offset.reset=earliest", "-X", "auto.commit.interval.ms=100", "-X", "session.timeout.ms=6000",
                "-X", "fetch.wait.max.ms=10", topic);
            var produced = await KafkaClients.RunAsync("/usr/bin/kcat", Lines(0, 100), Produce(kafka, topic));
            Assert.True(produced.ExitCode == 0, produced.Output);
            await Eventually.UntilAsync(() => Task.FromResult(KafkaClients.Consumed(consumer.Lines).Count >= 100), Within,
                "the kcat consumer to read the first 100", () => consumer.Output);
            await Eventually.UntilAsync(() => Task.FromResult(KafkaClients.CommittedTotal(kafka.BootstrapServers, group, topic, Partitions) == 100),
                Within, "the kcat consumer to commit all 100", () => consumer.Output);

            await kafka.KillAsync();

            // kcat -P reads all its input before producing: this session starts while the broker is dead, keeps retrying
            // to connect (-E: a broker down is not fatal to it), and delivers once the broker is back.
            await using var producer = RunningTool.Start("/usr/bin/kcat", Produce(kafka, topic));
            await producer.WriteLineAsync(Lines(100, 100).TrimEnd('\n'));
            producer.CloseInput();
            await kafka.StartAsync();
            Assert.True(await producer.WaitForExitAsync(Within) == 0, producer.Output);
            Assert.True(await consumer.WaitForExitAsync(Within) == 0, consumer.Output);

            Assert.Equal(Total, (await kafka.OffsetsAsync(topic)).Sum(p => p.End));
            AssertEachOnceInOrder(KafkaClients.Consumed(consumer.Lines), Enumerable.Range(0, Total).Select(i => $"k-{i}"), consumer.Output);
        }
        finally
        {
            await kafka.DisposeAsync();
        }
    }

    private static string Lines(int first, int count) =>
        string.Concat(Enumerable.Range(first, count).Select(i => $"k-{i}\n"));

    private static string[] Produce(KafkaHostProcess kafka, string topic) =>
        ["-P", "-E", "-b", kafka.BootstrapServers, "-t", topic, "-X", "enable.idempotence=true", "-X", "acks=all", "-X", "linger.ms=5"];

    private static void AssertEachOnceInOrder(List<(int Partition, long Offset, string Value)> consumed, IEnumerable<string> expected, string output)
    {
        Assert.True(consumed.Count == consumed.Select(c => c.Value).Distinct().Count(), $"Records read twice:\n{output}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), consumed.Select(c => c.Value).Order(StringComparer.Ordinal));
        foreach (var partition in consumed.GroupBy(c => c.Partition))
        {
            Assert.Equal(Enumerable.Range(0, partition.Count()).Select(o => (long)o), partition.Select(c => c.Offset));
        }
    }
}
