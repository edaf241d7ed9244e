using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xdt.Catalog.Changes;
using static Xdt.Tests.Replicator.ChangeEvents;

namespace Xdt.Tests.Replicator;

/// <summary>The replicator as a real process between the Kafka host and a PostgreSQL replica.</summary>
[Collection(ReplicatorCollection.Name)]
public sealed class ReplicatorProcessTests(ReplicatorFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Replicator_DuplicatesOlderAndLateEvents_ReplicaKeepsOnlyTheNewestState()
    {
        var ids = fixture.NextIdBlock();
        long store = ids + 1, mug = ids + 2, cup = ids + 3, marker = ids + 4;
        await using var replica = await fixture.CreateReplicaAsync("frankfurt");
        await using var replicator = await fixture.StartReplicatorAsync("frankfurt", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);

        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(mug, store, "MUG", price: 10), lsn: 110, commitLsn: 120, Transaction("1:120", 1, 2)), mug);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(cup, store, "CUP", price: 10), lsn: 115, commitLsn: 120, Transaction("1:120", 2, 2)), cup);
        await producer.SendAsync(store, Row("products", ChangeOperations.Update, Product(mug, store, "MUG", price: 20), lsn: 130), mug);
        await producer.SendAsync(store, Row("products", ChangeOperations.Update, Product(mug, store, "MUG", price: 99), lsn: 130), mug);
        await producer.SendAsync(store, Row("products", ChangeOperations.Update, Product(mug, store, "MUG", price: 1), lsn: 125), mug);
        await producer.SendAsync(store, Row("products", ChangeOperations.Delete, Product(cup, store, "CUP", price: 10), lsn: 140), cup);
        await producer.SendAsync(store, Row("products", ChangeOperations.Update, Product(cup, store, "CUP", price: 50), lsn: 135), cup);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(marker, store, "END"), lsn: 150), marker);

        await Poll.UntilAsync(async () => await replica.RowAsync(marker) is not null, Within, "the last event to be applied", () => replicator.Output);

        var rows = await replica.RowsAsync(ids, ids + 1_000_000);
        Assert.Equal(new ReplicaRow(store, $"s{ids}", 0, 0, false), rows[store]);
        Assert.Equal(new ReplicaRow(mug, "MUG", 20, 5, false), rows[mug]);
        Assert.Equal(new ReplicaRow(cup, "CUP", 10, 5, true), rows[cup]);
    }

    [Fact]
    public async Task Replicator_MalformedAndRejectedEvents_GoToDeadLetterTopicAndLaterChangesApply()
    {
        var ids = fixture.NextIdBlock();
        long store = ids + 1, bad = ids + 2, good = ids + 3, marker = ids + 4;
        var poison = $"poison-{Guid.NewGuid():N}";
        await using var replica = await fixture.CreateReplicaAsync("ohio");
        await using var replicator = await fixture.StartReplicatorAsync("ohio", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);

        await producer.SendRawAsync(ChangeProducer.PartitionOf(store), Encoding.UTF8.GetBytes("{\"id\":1}"), Encoding.UTF8.GetBytes("{not json " + poison));
        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        // One transaction: the negative price breaks the replica's check constraint, its sibling is innocent.
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(bad, store, $"BAD-{ids}", price: -5), lsn: 110, commitLsn: 120, Transaction("2:120", 1, 2)), bad);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(good, store, "GOOD"), lsn: 115, commitLsn: 120, Transaction("2:120", 2, 2)), good);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(marker, store, "END"), lsn: 150), marker);

        await Poll.UntilAsync(async () => await replica.RowAsync(marker) is not null, Within, "the event after the bad ones to be applied", () => replicator.Output);

        Assert.Null(await replica.RowAsync(bad));
        Assert.NotNull(await replica.RowAsync(good));
        var letters = DeadLetterReader.Read(fixture.Kafka.BootstrapServers, "ohio", [poison, $"BAD-{ids}"], Within);
        Assert.Contains("unparseable", letters[poison].Reason, StringComparison.Ordinal);
        Assert.Equal("{\"id\":1}", letters[poison].Key);
        Assert.Contains("23514", letters[$"BAD-{ids}"].Reason, StringComparison.Ordinal);
        var status = await replicator.Http.GetFromJsonAsync<JsonElement>("/_xdt/replication");
        Assert.True(status.GetProperty("deadLettered").GetInt64() >= 2);
    }

    [Fact]
    public async Task Replicator_CutOffAndHealed_StopsFetchingThenCatchesUp()
    {
        var ids = fixture.NextIdBlock();
        long store = ids + 1, product = ids + 2;
        await using var replica = await fixture.CreateReplicaAsync("virginia");
        await using var replicator = await fixture.StartReplicatorAsync("virginia", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);
        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        await Poll.UntilAsync(async () => await replica.RowAsync(store) is not null, Within, "the store to be applied", () => replicator.Output);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Control(replicator.Http, HttpMethod.Post, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Control(replicator.Http, HttpMethod.Post, key: "wrong")).StatusCode);
        using var cut = await Control(replicator.Http, HttpMethod.Post, ReplicatorFixture.ControlKey);
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.False((await cut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connected").GetBoolean());

        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(product, store, "CUT"), lsn: 200), product);
        var absentUntil = DateTime.UtcNow.AddSeconds(1.5);
        while (DateTime.UtcNow < absentUntil)
        {
            Assert.Null(await replica.RowAsync(product));
            await Task.Delay(50);
        }

        Assert.True(await replicator.IsHealthyAsync(), "a cut-off replicator stays healthy");
        using var heal = await Control(replicator.Http, HttpMethod.Delete, ReplicatorFixture.ControlKey);
        Assert.Equal(HttpStatusCode.OK, heal.StatusCode);
        await Poll.UntilAsync(async () => await replica.RowAsync(product) is not null, Within, "the change made while cut off", () => replicator.Output);
        var status = await replicator.Http.GetFromJsonAsync<JsonElement>("/_xdt/replication");
        Assert.True(status.GetProperty("connected").GetBoolean());
    }

    [Fact]
    public async Task Replicator_HeartbeatsOnEveryPartition_AdvanceTheRegionWatermark()
    {
        const ulong heartbeatLsn = 0xF0_0000_0000;
        var beat = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await using var replica = await fixture.CreateReplicaAsync("saopaulo");
        await using var replicator = await fixture.StartReplicatorAsync("saopaulo", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);

        for (var partition = 0; partition < ChangeTopics.DefaultPartitionCount; partition++)
        {
            await producer.SendRawAsync(partition, ChangeJson.Serialize(ChangeKey.ForHeartbeat(partition)), Bytes(Heartbeat(heartbeatLsn, beat)));
        }

        await Poll.UntilAsync(async () => await replicator.Http.GetFromJsonAsync<JsonElement>("/_xdt/replication") is var status
            && Lsn.TryParse(status.GetProperty("appliedLsn").GetString(), out var lsn) && lsn >= heartbeatLsn,
            Within, "the heartbeats to be applied", () => replicator.Output);
        var status = await replicator.Http.GetFromJsonAsync<JsonElement>("/_xdt/replication");
        Assert.Equal(beat, status.GetProperty("lastHeartbeat").GetDateTimeOffset());
        Assert.Equal(ChangeTopics.DefaultPartitionCount, status.GetProperty("partitions").GetArrayLength());
        Assert.Equal(0, status.GetProperty("lagEvents").GetInt64());
    }

    private static async Task<HttpResponseMessage> Control(HttpClient http, HttpMethod method, string? key)
    {
        using var request = new HttpRequestMessage(method, "/_xdt/control/partition");
        if (key is not null)
        {
            request.Headers.Add("X-Xdt-Control-Key", key);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await http.SendAsync(request, timeout.Token);
    }
}
