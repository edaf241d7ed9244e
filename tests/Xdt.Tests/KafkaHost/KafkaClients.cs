using System.Diagnostics;
using Confluent.Kafka;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.KafkaHost;

/// <summary>The three independent clients the conformance tests drive: Confluent.Kafka, kcat, kafka-python.</summary>
public static class KafkaClients
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IProducer<string, string> IdempotentProducer(string bootstrap, CompressionType compression = CompressionType.None) =>
        new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = bootstrap,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 2,
            CompressionType = compression,
        }).Build();

    public static ConsumerConfig GroupConsumer(string bootstrap, string group) => new()
    {
        BootstrapServers = bootstrap,
        GroupId = group,
        EnableAutoCommit = false,
        EnableAutoOffsetStore = false,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        SessionTimeoutMs = 6000,
        FetchWaitMaxMs = 10,
    };

    public static async Task<List<DeliveryResult<string, string>>> ProduceAsync(string bootstrap, string topic, IEnumerable<string> values,
        CompressionType compression = CompressionType.None)
    {
        using var producer = IdempotentProducer(bootstrap, compression);
        using var timeout = new CancellationTokenSource(Timeout);
        var results = await Task.WhenAll(values.Select(v => producer.ProduceAsync(topic, new Message<string, string> { Key = v, Value = v }, timeout.Token)));
        return [.. results];
    }

    /// <summary>Reads a whole topic from the beginning without a group (assign + earliest), until <paramref name="count"/>.</summary>
    public static List<ConsumeResult<string, string>> ReadAll(string bootstrap, string topic, int partitions, int count)
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = $"reader-{Guid.NewGuid():n}",
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            FetchWaitMaxMs = 10,
        }).Build();
        consumer.Assign(Enumerable.Range(0, partitions).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        var read = new List<ConsumeResult<string, string>>();
        var waited = Stopwatch.StartNew();
        while (read.Count < count && waited.Elapsed < Timeout)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result)
            {
                read.Add(result);
            }
        }

        consumer.Close();
        return read;
    }

    public static Task<(int ExitCode, string Output)> RunAsync(string program, string? input, params string[] arguments) =>
        ToolProcess.RunAsync(new ProcessStartInfo(program, arguments), Timeout, input);

    /// <summary>Runs a kafka-python script with Debian's /usr/bin/python3 (where python3-kafka and python3-lz4 live).</summary>
    public static async Task<(int ExitCode, string Output)> PythonAsync(string script, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"xdt-kafka-{Guid.NewGuid():n}.py");
        await File.WriteAllTextAsync(path, script);
        try
        {
            return await RunAsync("/usr/bin/python3", null, [path, .. arguments]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Starts a kafka-python script that keeps running (a group member, a consumer spanning a restart).</summary>
    public static RunningTool StartPython(string script, params string[] arguments) =>
        RunningTool.Start("/usr/bin/python3", ["-c", script, .. arguments]);

    /// <summary>The group's committed offsets summed over the topic's partitions (none counts as 0), read without joining.</summary>
    public static long CommittedTotal(string bootstrap, string group, string topic, int partitions)
    {
        using var consumer = new ConsumerBuilder<Ignore, Ignore>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = group,
            EnableAutoCommit = false,
        }).Build();
        var committed = consumer.Committed(Enumerable.Range(0, partitions).Select(p => new TopicPartition(topic, p)), TimeSpan.FromSeconds(10));
        return committed.Sum(c => Math.Max(0, c.Offset.Value));
    }

    /// <summary>Parses <c>v partition offset value</c> lines (the output format of the kcat and kafka-python consumers here).</summary>
    public static List<(int Partition, long Offset, string Value)> Consumed(IEnumerable<string> lines) =>
    [
        .. lines.Where(l => l.StartsWith("v ", StringComparison.Ordinal)).Select(l => l.Split(' ', 4)).Select(f =>
            (int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3])),
    ];
}
