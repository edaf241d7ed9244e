using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.KafkaHost;

/// <summary>The Kafka host as a real process, exercised only through its public port by real Kafka clients.</summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class KafkaHostTests(KafkaHostProcess kafka) : IClassFixture<KafkaHostProcess>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_Default_ServesChangeTopicsWithConfiguredPartitions()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var status = await kafka.Process.Http.GetFromJsonAsync<JsonObject>(XdtPaths.Kafka, timeout.Token);
        Assert.Equal(kafka.BootstrapServers, (string?)status!["bootstrapServers"]);

        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = kafka.BootstrapServers }).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
        Assert.Equal(kafka.BootstrapServers, $"{metadata.Brokers.Single().Host}:{metadata.Brokers.Single().Port}");
        Assert.Equal(ChangeTopics.DefaultPartitionCount, metadata.Topics.Single(t => t.Topic == ChangeTopics.ProductUpdates).Partitions.Count);
        Assert.Single(metadata.Topics.Single(t => t.Topic == ChangeTopics.DeadLetter).Partitions);
    }

    [Theory]
    [InlineData(null, System.Net.HttpStatusCode.Unauthorized)]
    [InlineData("not-the-key", System.Net.HttpStatusCode.Forbidden)]
    public async Task BrokerDown_WithoutTheControlKey_IsRefusedAndTheBrokerStaysUp(string? key, System.Net.HttpStatusCode expected)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{XdtPaths.Kafka}/broker/down");
        // A fresh request without the fixture's default header: only what this test sends.
        using var client = new HttpClient { BaseAddress = kafka.Process.Http.BaseAddress };
        if (key is not null)
        {
            request.Headers.Add(XdtHeaders.ControlKey, key);
        }

        using var response = await client.SendAsync(request, timeout.Token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var status = await kafka.Process.Http.GetFromJsonAsync<JsonObject>(XdtPaths.Kafka, timeout.Token);
        Assert.True((bool)status!["brokerUp"]!, "a refused control request must not set the broker down");
    }

    [Fact]
    public async Task ConsumerGroup_CommitsThenNewMemberJoins_ResumesFromCommittedOffsetsWithoutDuplicates()
    {
        var topic = await kafka.CreateTopicAsync("group", partitions: 3);
        var all = Enumerable.Range(0, 200).Select(i => $"message-{i}").ToList();
        await ProduceAsync(topic, all);

        var group = $"group-{Guid.NewGuid():n}";
        var first = ConsumeAndCommit(topic, group, count: 120);
        var second = ConsumeAndCommit(topic, group, count: all.Count - first.Count);

        Assert.Equal(all.Count, first.Count + second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(all.Order(), first.Concat(second).Order());
    }

    [Fact]
    public async Task Kcat_ProducesAndConsumesThroughPublicPort_ReadsBackKeysAndValuesInOrder()
    {
        var topic = await kafka.CreateTopicAsync("kcat", partitions: 1);
        var lines = Enumerable.Range(1, 50).Select(i => $"key-{i}:value-{i}").ToList();

        var (produced, produceOutput) = await KafkaClients.RunAsync("/usr/bin/kcat", string.Join('\n', lines) + "\n",
            "-P", "-b", kafka.BootstrapServers, "-t", topic, "-K:", "-X", "acks=all");
        Assert.True(produced == 0, produceOutput);

        var (consumed, output) = await KafkaClients.RunAsync("/usr/bin/kcat", null,
            "-C", "-b", kafka.BootstrapServers, "-t", topic, "-o", "beginning", "-e", "-q", "-f", "%k:%s\\n");
        Assert.True(consumed == 0, output);
        Assert.Equal(lines, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task BrokerSetDown_ProducerWaits_DeliversEverythingOnceBrokerIsUp()
    {
        var topic = await kafka.CreateTopicAsync("down", partitions: 2);
        using var producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = kafka.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 1,
        }).Build();
        using var timeout = new CancellationTokenSource(Timeout);
        await producer.ProduceAsync(topic, new Message<string, string> { Key = "warm", Value = "up" }, timeout.Token);

        await kafka.SetBrokerUpAsync(false);
        var upAgainAt = long.MaxValue;
        Task<(DeliveryResult<string, string> Result, long At)[]> deliveries;
        try
        {
            deliveries = Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            {
                var result = await producer.ProduceAsync(topic, new Message<string, string> { Key = $"k{i}", Value = $"v{i}" }, timeout.Token);
                return (result, Stopwatch.GetTimestamp());
            }));
            // The outage lasts a while (a scenario, not a wait for a condition): producers must hold their records.
            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
        finally
        {
            upAgainAt = Stopwatch.GetTimestamp();
            await kafka.SetBrokerUpAsync(true);
        }

        var results = await deliveries.WaitAsync(timeout.Token);
        Assert.All(results, r => Assert.Equal(PersistenceStatus.Persisted, r.Result.Status));
        Assert.All(results, r => Assert.True(r.At > upAgainAt, "a record was acknowledged while the broker was down"));
    }

    private async Task ProduceAsync(string topic, IReadOnlyList<string> values)
    {
        var config = new ProducerConfig
        {
            BootstrapServers = kafka.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 1,
        };
        using var producer = new ProducerBuilder<string, string>(config).Build();
        using var timeout = new CancellationTokenSource(Timeout);
        var deliveries = values.Select(v => producer.ProduceAsync(topic, new Message<string, string> { Key = v, Value = v }, timeout.Token));
        var results = await Task.WhenAll(deliveries);
        Assert.All(results, r => Assert.Equal(PersistenceStatus.Persisted, r.Status));
    }

    /// <summary>Joins <paramref name="group"/>, reads <paramref name="count"/> messages, commits exactly those and leaves.</summary>
    private List<string> ConsumeAndCommit(string topic, string group, int count)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = kafka.BootstrapServers,
            GroupId = group,
            EnableAutoCommit = false,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            SessionTimeoutMs = 6000,
            FetchWaitMaxMs = 10,
        };
        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(topic);
        var received = new List<string>();
        var waited = Stopwatch.StartNew();
        while (received.Count < count)
        {
            Assert.True(waited.Elapsed < Timeout, $"Only {received.Count} of {count} messages arrived within {Timeout}.");
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null || result.IsPartitionEOF)
            {
                continue;
            }

            received.Add(result.Message.Value);
            consumer.StoreOffset(result);
        }

        CommitWithRetry(consumer, waited);
        consumer.Close();
        return received;
    }

    // A commit while the group completes a rebalance is refused (REBALANCE_IN_PROGRESS), as Kafka does; clients retry.
    private static void CommitWithRetry(IConsumer<string, string> consumer, Stopwatch waited)
    {
        while (true)
        {
            try
            {
                consumer.Commit();
                return;
            }
            catch (KafkaException e) when (e.Error.Code == ErrorCode.RebalanceInProgress && waited.Elapsed < Timeout)
            {
                consumer.Consume(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
