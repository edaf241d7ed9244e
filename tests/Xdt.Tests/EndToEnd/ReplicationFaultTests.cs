using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Confluent.Kafka;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// The promises that matter when things break: no lost change, no double apply, a cut-off region keeps serving and
/// catches up, poison messages do not stop a region.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(FaultWorldCollection.Name)]
public sealed class ReplicationFaultTests(TwoRegionFaultWorld world)
{
    private const string Region = "frankfurt";

    [Fact]
    public async Task Replicator_KilledWhileChangesFlow_ReplicaEqualsPrimaryAfterRestart() =>
        await KillUnderLoad.RunAsync(world, "kill-repl", $"replicator-{Region}");

    [Fact]
    public async Task Capture_KilledMidStream_NothingLostAndReplicasEqualPrimary() =>
        await KillUnderLoad.RunAsync(world, "kill-cap", "capture");


    [Fact]
    public async Task Region_CutOffFromKafka_KeepsServingStaleThenCatchesUpAfterHeal()
    {
        using var control = ReplicatorControlClient();
        var load = await NewLoadAsync("cut");

        using (var cut = await control.PostAsync(XdtPaths.KafkaLink, null))
        {
            Assert.True(cut.IsSuccessStatusCode, $"cut: {(int)cut.StatusCode}");
        }

        try
        {
            await load.RunAsync(500);

            using var storefront = new HttpClient { BaseAddress = world.App.GetEndpoint($"storefront-{Region}", "http") };
            using var page = await storefront.GetAsync("/s/demo");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(Region, Assert.Single(page.Headers.GetValues(XdtHeaders.Region)));

            var status = await control.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
            Assert.False(status.GetProperty("connected").GetBoolean());
        }
        finally
        {
            using var heal = await control.DeleteAsync(XdtPaths.KafkaLink);
            Assert.True(heal.IsSuccessStatusCode, $"heal: {(int)heal.StatusCode}");
        }

        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
    }

    [Fact]
    public async Task MalformedMessage_InTheTopic_GoesToDeadLetterTopicAndRegionKeepsApplying()
    {
        var marker = $"poison-{Guid.NewGuid():N}";
        var bootstrap = world.App.GetEndpoint("kafka", "kafka").Authority;
        using (var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = bootstrap }).Build())
        {
            await producer.ProduceAsync(new TopicPartition(ChangeTopics.ProductUpdates, new Partition(0)),
                new Message<byte[], byte[]> { Key = Encoding.UTF8.GetBytes("{\"id\":1}"), Value = Encoding.UTF8.GetBytes("{not json " + marker) });
        }

        var load = await NewLoadAsync("after-poison");
        await load.RunAsync(50);
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);

        var reasons = ReadDeadLetters(bootstrap, marker, TimeSpan.FromSeconds(30));
        Assert.Contains(reasons, r => r.Region == Region && !string.IsNullOrWhiteSpace(r.Reason));
    }

    private async Task<ChangeLoad> NewLoadAsync(string prefix)
    {
        using var edge = world.CreateEdgeClient();
        var slug = await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateStoreAsync(prefix);
        var primary = (await world.GetConnectionStringAsync("primary"))!;
        return new ChangeLoad(primary, await ChangeLoad.StoreIdAsync(primary, slug));
    }

    private HttpClient ReplicatorControlClient()
    {
        var client = new HttpClient { BaseAddress = world.App.GetEndpoint($"replicator-{Region}", "http"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, WorldSettings.ControlKey);
        return client;
    }

    private static List<(string Region, string Reason)> ReadDeadLetters(string bootstrap, string marker, TimeSpan timeout)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = $"test-dlq-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            SessionTimeoutMs = 6000,
            FetchWaitMaxMs = 10,
        };
        using var consumer = new ConsumerBuilder<byte[], byte[]>(config).Build();
        consumer.Subscribe(ChangeTopics.DeadLetter);
        var found = new List<(string, string)>();
        var deadline = DateTime.UtcNow + timeout;
        try
        {
            while (DateTime.UtcNow < deadline && !found.Exists(f => f.Item1 == Region))
            {
                var result = consumer.Consume(TimeSpan.FromMilliseconds(500));
                if (result?.Message?.Value is { } value && Encoding.UTF8.GetString(value).Contains(marker, StringComparison.Ordinal))
                {
                    found.Add((Header(result, ChangeTopics.DeadLetterRegionHeader), Header(result, ChangeTopics.DeadLetterReasonHeader)));
                }
            }
        }
        finally
        {
            consumer.Close();
        }

        return found;
    }

    private static string Header(ConsumeResult<byte[], byte[]> result, string name) =>
        result.Message.Headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : "";
}
