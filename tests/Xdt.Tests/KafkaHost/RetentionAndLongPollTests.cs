using Confluent.Kafka;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.KafkaHost;

/// <summary>Retention deleting whole segments (and what a consumer behind it gets), and fetches woken by produces.</summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class RetentionAndLongPollTests
{
    [Fact]
    public async Task RetentionBySize_DeletesOldSegments_ConsumerBelowLogStartGetsOffsetOutOfRange()
    {
        var kafka = new KafkaHostProcess { Environment = new Dictionary<string, string> { ["Kafka__RetentionCheckIntervalMs"] = "100" } };
        await kafka.InitializeAsync();
        try
        {
            var topic = await kafka.CreateTopicAsync("retained", partitions: 1, retentionBytes: 8192, segmentBytes: 4096);
            var payload = new string('x', 300);
            foreach (var chunk in Enumerable.Range(0, 100).Chunk(5))
            {
                await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, chunk.Select(i => $"{i:D4}{payload}"));
            }

            var (start, end, segments) = (await kafka.OffsetsAsync(topic))[0];
            Assert.Equal(100, end);
            Assert.True(start > 0, $"log start {start}");
            Assert.True(segments * 4096 <= 8192 + 2 * 4096, $"{segments} segments kept");
            Assert.Equal(start, Directory.GetFiles(Path.Combine(kafka.DataDirectory, $"{topic}-0"), "*.log").Select(f => long.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture)).Min());

            using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
            {
                BootstrapServers = kafka.BootstrapServers,
                GroupId = $"behind-{Guid.NewGuid():n}",
                AutoOffsetReset = AutoOffsetReset.Error,
                EnableAutoCommit = false,
            }).Build();
            consumer.Assign(new TopicPartitionOffset(topic, 0, 0));
            var error = Assert.Throws<ConsumeException>(() =>
            {
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (waited.Elapsed < KafkaClients.Timeout)
                {
                    consumer.Consume(TimeSpan.FromMilliseconds(200));
                }
            });
            Assert.Equal(ErrorCode.Local_AutoOffsetReset, error.Error.Code);
        }
        finally
        {
            await kafka.DisposeAsync();
        }
    }

    [Fact]
    public async Task WaitingFetch_DataArrives_AnsweredBeforeItsMaxWait()
    {
        var kafka = new KafkaHostProcess();
        await kafka.InitializeAsync();
        try
        {
            var topic = await kafka.CreateTopicAsync("longpoll", partitions: 1);
            // Each fetch waits up to 50 s for data; the test allows 30 s in all. Only a fetch woken by the produce
            // can deliver the message in time (the mock answered waiting fetches only at their max wait).
            using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
            {
                BootstrapServers = kafka.BootstrapServers,
                GroupId = $"poll-{Guid.NewGuid():n}",
                FetchWaitMaxMs = 50_000,
                SocketTimeoutMs = 120_000,
                EnableAutoCommit = false,
            }).Build();
            consumer.Assign(new TopicPartitionOffset(topic, 0, 0));
            Assert.Null(consumer.Consume(TimeSpan.FromSeconds(1)));

            var waited = System.Diagnostics.Stopwatch.StartNew();
            await KafkaClients.ProduceAsync(kafka.BootstrapServers, topic, ["wake up"]);
            ConsumeResult<string, string>? result = null;
            while (result is null && waited.Elapsed < TimeSpan.FromSeconds(30))
            {
                result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            }

            Assert.Equal("wake up", result?.Message.Value);
        }
        finally
        {
            await kafka.DisposeAsync();
        }
    }
}
