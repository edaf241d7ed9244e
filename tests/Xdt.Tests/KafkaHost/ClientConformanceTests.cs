using System.Buffers.Binary;
using Confluent.Kafka;
using RecordBatchHeader = Xdt.KafkaHost.Protocol.RecordBatchHeader;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.KafkaHost;

/// <summary>The broker against Confluent.Kafka, kcat and kafka-python: what each client does must just work.</summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class ClientConformanceTests(KafkaHostProcess kafka) : IClassFixture<KafkaHostProcess>
{
    [Fact]
    public async Task Lz4Batches_StoredAsProduced_ProducerChecksumStillValidAndValuesReadBack()
    {
        var topic = await kafka.CreateTopicAsync("lz4", partitions: 1);
        var values = Enumerable.Range(0, 500).Select(i => $"{{\"sku\":\"SKU-{i}\",\"price\":{i}.99,\"name\":\"same words again\"}}").ToList();
        await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, values, CompressionType.Lz4);

        // The batch CRC is the producer's, computed over the compressed records: valid means the very same bytes.
        var segment = await File.ReadAllBytesAsync(Path.Combine(kafka.DataDirectory, $"{topic}-0", $"{0:D20}.log"));
        var batches = 0;
        for (var at = 0; at < segment.Length; batches++)
        {
            var header = RecordBatchHeader.Read(segment.AsSpan(at));
            Assert.Equal(3, header.Attributes & 0x7);
            Assert.True(RecordBatchHeader.HasValidCrc(segment.AsSpan(at, header.TotalSize)));
            Assert.Equal(0, BinaryPrimitives.ReadInt32BigEndian(segment.AsSpan(at + 12)));
            at += header.TotalSize;
        }

        Assert.True(batches > 0);
        Assert.Equal(values, KafkaClients.ReadAll(kafka.BootstrapServers, topic, 1, values.Count).Select(r => r.Message.Value));
        var (exit, output) = await KafkaClients.PythonAsync(PythonScripts.ReadAll, kafka.BootstrapServers, topic, values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(exit == 0, output);
        Assert.Equal(values, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')));
    }

    [Fact]
    public async Task Kcat_ListsMetadata_WithTheBrokerAndTopics()
    {
        var topic = await kafka.CreateTopicAsync("listed", partitions: 3);
        var (exit, output) = await KafkaClients.RunAsync("/usr/bin/kcat", null, "-L", "-b", kafka.BootstrapServers);
        Assert.True(exit == 0, output);
        Assert.Contains($"broker 1 at {kafka.BootstrapServers}", output);
        Assert.Contains($"topic \"{topic}\" with 3 partitions", output);
    }

    [Fact]
    public async Task KafkaPython_ProducerAndGroupConsumer_ReadEverythingOnceAndCommit()
    {
        var topic = await kafka.CreateTopicAsync("python", partitions: 2);
        var (exit, output) = await KafkaClients.PythonAsync(PythonScripts.ProduceThenConsumeInGroup, kafka.BootstrapServers, topic, "200");
        Assert.True(exit == 0, output);
        Assert.Contains("produced 200", output);
        Assert.Contains("consumed 200 distinct 200", output);

        // The group's commits are real: a second run of the same group finds nothing left.
        var again = await KafkaClients.PythonAsync(PythonScripts.ConsumeGroupAgain, kafka.BootstrapServers, topic);
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("committed 200 consumed 0", again.Output);
    }

    /// <summary>
    /// Two kafka-python processes in one group: the second's arrival splits the partitions, its departure (SIGTERM, a
    /// clean LeaveGroup) hands them all back to the first. A record counts once its offset commit succeeded.
    /// </summary>
    [Fact]
    public async Task KafkaPythonGroupOfTwo_SecondJoinsThenLeaves_PartitionsSplitThenTakenOverAndEveryRecordOnce()
    {
        const int Partitions = 4;
        var topic = await kafka.CreateTopicAsync("py-pair", Partitions);
        var group = $"py-pair-{Guid.NewGuid():n}";
        var all = Enumerable.Range(0, 400).Select(i => $"m-{i}").ToList();
        var within = KafkaClients.Timeout;
        await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, all[..100]);
        await using var a = KafkaClients.StartPython(PythonScripts.GroupMember, kafka.BootstrapServers, topic, group);
        await Eventually.UntilAsync(() => Task.FromResult(KafkaClients.Consumed(a.Lines).Count >= 100 && Assigned(a).Count == Partitions),
            within, "the first member to own every partition and read the first 100", () => a.Output);
        await using var b = KafkaClients.StartPython(PythonScripts.GroupMember, kafka.BootstrapServers, topic, group);
        string Outputs() => $"a:\n{a.Output}\nb:\n{b.Output}";
        int Processed() => KafkaClients.Consumed(a.Lines).Count + KafkaClients.Consumed(b.Lines).Count;

        await Eventually.UntilAsync(() => Task.FromResult(Assigned(b).Count > 0 && Assigned(a).Count + Assigned(b).Count == Partitions
            && !Assigned(a).Intersect(Assigned(b)).Any()), within, "the two members to split the partitions", Outputs);
        var bBefore = KafkaClients.Consumed(b.Lines).Count;
        await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, all[100..300]);
        await Eventually.UntilAsync(() => Task.FromResult(Processed() >= 300), within, "both members to read the next 200", Outputs);
        Assert.True(KafkaClients.Consumed(b.Lines).Count > bBefore, Outputs());
        Assert.True(KafkaClients.Consumed(a.Lines).Count > 100, Outputs());

        b.Terminate();
        Assert.True(await b.WaitForExitAsync(within) == 0, Outputs());
        Assert.Contains("left", b.Lines);
        await Eventually.UntilAsync(() => Task.FromResult(Assigned(a).Count == Partitions), within,
            "the first member to take over every partition", Outputs);
        await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, all[300..]);
        await Eventually.UntilAsync(() => Task.FromResult(Processed() >= all.Count), within, "the first member to read the last 100", Outputs);
        a.Terminate();
        Assert.True(await a.WaitForExitAsync(within) == 0, Outputs());

        var processed = KafkaClients.Consumed(a.Lines).Concat(KafkaClients.Consumed(b.Lines)).Select(c => c.Value).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal), processed.Order(StringComparer.Ordinal));

        // The partitions of the member's last assignment.
        static List<string> Assigned(RunningTool member) =>
            member.Lines.LastOrDefault(l => l.StartsWith("assigned", StringComparison.Ordinal)) is { } line
                ? [.. line["assigned".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : [];
    }

    [Fact]
    public async Task ConsumerGroupOfTwo_MemberJoinsThenLeaves_EveryCommittedMessageExactlyOnce()
    {
        var topic = await kafka.CreateTopicAsync("rebalance", partitions: 4);
        var all = Enumerable.Range(0, 400).Select(i => $"m-{i}").ToList();
        await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, all[..100]);
        var group = $"pair-{Guid.NewGuid():n}";
        var processed = new List<string>();
        var a = new ConsumerBuilder<string, string>(KafkaClients.GroupConsumer(kafka.BootstrapServers, group)).Build();
        var b = new ConsumerBuilder<string, string>(KafkaClients.GroupConsumer(kafka.BootstrapServers, group)).Build();
        try
        {
            a.Subscribe(topic);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            ConsumeUntil(() => processed.Count >= 100, waited, a);
            b.Subscribe(topic);
            // The rest is produced only once the group has split the partitions between the two, so b has its share
            // to read however fast a is.
            ConsumeUntil(() => b.Assignment.Count > 0 && a.Assignment.Count + b.Assignment.Count == 4, waited, a, b);
            await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, all[100..]);
            var bBefore = processed.Count;
            var fromB = 0;
            ConsumeUntil(() => fromB >= 50 && processed.Count >= 250, waited, a, b, onB: () => fromB++);
            Assert.True(processed.Count > bBefore);
            b.Close();
            ConsumeUntil(() => processed.Count >= all.Count, waited, a);
        }
        finally
        {
            a.Dispose();
            b.Dispose();
        }

        Assert.Equal(all.Order(), processed.Order());

        // A message counts as processed only once its offset commit succeeded: after a commit nothing comes again.
        void ConsumeUntil(Func<bool> done, System.Diagnostics.Stopwatch waited, IConsumer<string, string> first,
            IConsumer<string, string>? second = null, Action? onB = null)
        {
            while (!done())
            {
                Assert.True(waited.Elapsed < KafkaClients.Timeout, $"{processed.Count} of {all.Count} processed in time.");
                foreach (var consumer in second is null ? [first] : new[] { first, second })
                {
                    if (consumer.Consume(TimeSpan.FromMilliseconds(50)) is not { IsPartitionEOF: false } result)
                    {
                        continue;
                    }

                    try
                    {
                        consumer.Commit([new TopicPartitionOffset(result.TopicPartition, result.Offset + 1)]);
                        processed.Add(result.Message.Value);
                        if (consumer == second)
                        {
                            onB?.Invoke();
                        }
                    }
                    catch (KafkaException e) when (e.Error.Code is ErrorCode.RebalanceInProgress or ErrorCode.IllegalGeneration or ErrorCode.UnknownMemberId)
                    {
                        // Not committed: the partition's next owner reads it again, which is what the assertion expects.
                    }
                }
            }
        }
    }
}
