using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;
using Xdt.Tests.Infrastructure;
using static Xdt.Tests.Replicator.ChangeEvents;

namespace Xdt.Tests.Replicator;

/// <summary>The replicator as a real process between the Kafka host and a PostgreSQL replica.</summary>
[Trait(Tier.Name, Tier.Integration)]
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

        await Eventually.UntilAsync(async () => await replica.RowAsync(marker) is not null, Within, "the last event to be applied", () => replicator.Output);

        var rows = await replica.RowsAsync(ids, ids + 1_000_000);
        Assert.Equal(new ReplicaRow(store, $"s{ids}", 0, 0, false), rows[store]);
        Assert.Equal(new ReplicaRow(mug, "MUG", 20, 5, false), rows[mug]);
        Assert.Equal(new ReplicaRow(cup, "CUP", 10, 5, true), rows[cup]);
    }

    [Fact]
    public async Task Replicator_TransactionWithOneBadRow_IsDeadLetteredWholeAndLaterTransactionsApply()
    {
        var ids = fixture.NextIdBlock();
        long store = ids + 1;
        long[] rejected = [ids + 10, ids + 11, ids + 12], unreadable = [ids + 20, ids + 21], next = [ids + 30, ids + 31];
        var poison = $"poison-{Guid.NewGuid():N}";
        await using var replica = await fixture.CreateReplicaAsync("ohio");
        await using var replicator = await fixture.StartReplicatorAsync("ohio", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);
        // The topic is shared with the other tests of the collection: count dead letters from here on.
        var before = await CaughtUpDeadLetteredAsync(replica, replicator, producer);

        await producer.SendRawAsync(ChangeProducer.PartitionOf(store), Encoding.UTF8.GetBytes("{\"id\":1}"), Encoding.UTF8.GetBytes("{not json " + poison));
        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        // Three rows in one transaction: the middle one's negative price breaks the replica's check constraint.
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(rejected[0], store, $"R0-{ids}"), lsn: 110, commitLsn: 130, Transaction("2:130", 1, 3)), rejected[0]);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(rejected[1], store, $"R1-{ids}", price: -5), lsn: 115, commitLsn: 130, Transaction("2:130", 2, 3)), rejected[1]);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(rejected[2], store, $"R2-{ids}"), lsn: 120, commitLsn: 130, Transaction("2:130", 3, 3)), rejected[2]);
        // Two rows in one transaction: the second cannot even be read (its image has no price).
        var noPrice = Product(unreadable[1], store, $"U1-{ids}");
        noPrice.Remove("price");
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(unreadable[0], store, $"U0-{ids}"), lsn: 140, commitLsn: 150, Transaction("3:150", 1, 2)), unreadable[0]);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, noPrice, lsn: 145, commitLsn: 150, Transaction("3:150", 2, 2)), unreadable[1]);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(next[0], store, $"N0-{ids}"), lsn: 160, commitLsn: 170, Transaction("4:170", 1, 2)), next[0]);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(next[1], store, $"N1-{ids}"), lsn: 165, commitLsn: 170, Transaction("4:170", 2, 2)), next[1]);

        await Eventually.UntilAsync(async () => await replica.RowAsync(next[1]) is not null, Within, "the transaction after the bad ones to be applied", () => replicator.Output);

        var rows = await replica.RowsAsync(ids, ids + 1_000_000);
        Assert.Equal([store, .. next], rows.Keys.Order());
        var letters = DeadLetterReader.Read(fixture.Kafka.BootstrapServers, "ohio",
            [poison, $"R0-{ids}", $"R1-{ids}", $"R2-{ids}", $"U0-{ids}", $"U1-{ids}"], Within);
        Assert.Contains("unparseable", letters[poison].Reason, StringComparison.Ordinal);
        Assert.Equal("{\"id\":1}", letters[poison].Key);
        Assert.StartsWith("rejected by the replica: 23514", letters[$"R1-{ids}"].Reason, StringComparison.Ordinal);
        foreach (var sibling in new[] { $"R0-{ids}", $"R2-{ids}" })
        {
            Assert.Contains("transaction '2:130'", letters[sibling].Reason, StringComparison.Ordinal);
            Assert.Contains($"catalog.products id {rejected[1]}", letters[sibling].Reason, StringComparison.Ordinal);
            Assert.Contains("23514", letters[sibling].Reason, StringComparison.Ordinal);
        }

        Assert.Contains("price", letters[$"U1-{ids}"].Reason, StringComparison.Ordinal);
        Assert.Contains("transaction '3:150'", letters[$"U0-{ids}"].Reason, StringComparison.Ordinal);
        var status = await replicator.Http.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
        Assert.Equal(6, status.GetProperty("deadLettered").GetInt64() - before);
    }

    [Fact]
    public async Task Replicator_CutOffAndHealed_StopsFetchingThenCatchesUp()
    {
        var ids = fixture.NextIdBlock();
        long store = ids + 1, product = ids + 2;
        await using var replica = await fixture.CreateReplicaAsync("virginia");
        await using var replicator = await fixture.StartReplicatorAsync("virginia", replica);
        // A connected region beside it: what it applies, the cut-off one could have fetched too.
        await using var connectedReplica = await fixture.CreateReplicaAsync("sydney");
        await using var connected = await fixture.StartReplicatorAsync("sydney", connectedReplica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);
        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        await Eventually.UntilAsync(async () => await replica.RowAsync(store) is not null, Within, "the store to be applied", () => replicator.Output);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Control(replicator.Http, HttpMethod.Post, key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Control(replicator.Http, HttpMethod.Post, key: "wrong")).StatusCode);
        using var cut = await Control(replicator.Http, HttpMethod.Post, ReplicatorFixture.ControlKey);
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.False((await cut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("connected").GetBoolean());

        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(product, store, "CUT"), lsn: 200), product);
        await Eventually.UntilAsync(async () => await connectedReplica.RowAsync(product) is not null, Within,
            "the connected region to apply the change", () => connected.Output);
        Assert.Null(await replica.RowAsync(product));

        Assert.True(await replicator.IsHealthyAsync(), "a cut-off replicator stays healthy");
        using var heal = await Control(replicator.Http, HttpMethod.Delete, ReplicatorFixture.ControlKey);
        Assert.Equal(HttpStatusCode.OK, heal.StatusCode);
        await Eventually.UntilAsync(async () => await replica.RowAsync(product) is not null, Within, "the change made while cut off", () => replicator.Output);
        var status = await replicator.Http.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
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

        await Eventually.UntilAsync(async () => await replicator.Http.GetFromJsonAsync<JsonElement>(XdtPaths.Replication) is var status
            && Lsn.TryParse(status.GetProperty("appliedLsn").GetString(), out var lsn) && lsn >= heartbeatLsn,
            Within, "the heartbeats to be applied", () => replicator.Output);
        var status = await replicator.Http.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
        Assert.Equal(beat, status.GetProperty("lastHeartbeat").GetDateTimeOffset());
        Assert.Equal(ChangeTopics.DefaultPartitionCount, status.GetProperty("partitions").GetArrayLength());
        Assert.Equal(0, status.GetProperty("lagEvents").GetInt64());
        // The replica's clock recorded when each partition applied it, for the storefront's heartbeat-driven lag.
        await using var applied = replica.CreateCommand(
            "select count(*) from replication.partitions where topic = $1 and heartbeat_time = $2 and heartbeat_applied_at >= heartbeat_time");
        applied.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ChangeTopics.ProductUpdates });
        applied.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = beat });
        Assert.Equal((long)ChangeTopics.DefaultPartitionCount, await applied.ExecuteScalarAsync().WaitAsync(Within));
    }

    /// <summary>Waits until the replicator has worked through everything already in the topic; its dead-letter count then.</summary>
    private static async Task<long> CaughtUpDeadLetteredAsync(NpgsqlDataSource replica, ServiceProcess replicator, ChangeProducer producer)
    {
        var highWatermarks = producer.HighWatermarks();
        await Eventually.UntilAsync(() => replica.CaughtUpAsync(highWatermarks), Within, "the replicator to catch up with the topic", () => replicator.Output);
        return (await replicator.Http.GetFromJsonAsync<JsonElement>(XdtPaths.Replication)).GetProperty("deadLettered").GetInt64();
    }

    private static async Task<HttpResponseMessage> Control(HttpClient http, HttpMethod method, string? key)
    {
        using var request = new HttpRequestMessage(method, XdtPaths.KafkaLink);
        if (key is not null)
        {
            request.Headers.Add(XdtHeaders.ControlKey, key);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await http.SendAsync(request, timeout.Token);
    }
}
