using Npgsql;
using Xdt.Catalog.Changes;
using static Xdt.Tests.Replicator.ChangeEvents;

namespace Xdt.Tests.Replicator;

/// <summary>
/// Stores live on different partitions, so a region can see a slug or custom domain taken by one store before it sees
/// another store give it up. The replica must converge to the primary's state without dead-lettering anything.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(ReplicatorCollection.Name)]
public sealed class ReplicatorUniquenessTests(ReplicatorFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Replicator_SlugTakenBeforeItIsGivenUp_ConvergesWithoutDeadLetters()
    {
        var ids = fixture.NextIdBlock();
        long a = ids + 1, b = ids + 2, e = ids + 3;
        string slug = $"x{ids}", domain = $"x{ids}.example";
        await using var replica = await fixture.CreateReplicaAsync("toronto");
        await using var replicator = await fixture.StartReplicatorAsync("toronto", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);

        // Primary history: A has x (100), A renames to y (200), B takes x (300); E had x's slug earlier (150 → 250: e).
        // The region sees A@100, B@300, E@150, E@250, A@200 — B's claim before A's release.
        await ApplyAsync(producer, replica, a, Store(a, slug, domain), 100, s => s == slug);
        await ApplyAsync(producer, replica, b, Store(b, slug, domain), 300, s => s == slug);
        Assert.StartsWith("~", await SlugAsync(replica, a), StringComparison.Ordinal);
        await ApplyAsync(producer, replica, e, Store(e, slug), 150, s => s is not null && s.StartsWith('~'));
        await ApplyAsync(producer, replica, e, Store(e, $"e{ids}"), 250, s => s == $"e{ids}");
        await ApplyAsync(producer, replica, a, Store(a, $"y{ids}", $"y{ids}.example"), 200, s => s == $"y{ids}");

        Assert.Equal((slug, domain), await StoreAsync(replica, b));
        Assert.Equal(($"y{ids}", $"y{ids}.example"), await StoreAsync(replica, a));
        Assert.Equal(($"e{ids}", (string?)null), await StoreAsync(replica, e));
        Assert.DoesNotContain("23505", replicator.Output, StringComparison.Ordinal);
    }

    private static async Task ApplyAsync(
        ChangeProducer producer, NpgsqlDataSource replica, long storeId, System.Text.Json.Nodes.JsonObject image, ulong lsn, Func<string?, bool> applied)
    {
        var op = await SlugAsync(replica, storeId) is null ? ChangeOperations.Create : ChangeOperations.Update;
        await producer.SendAsync(storeId, Row("stores", op, image, lsn), storeId);
        await Eventually.UntilAsync(async () => await SourceLsnAsync(replica, storeId) == lsn && applied(await SlugAsync(replica, storeId)),
            Within, $"store {storeId} at {lsn}");
    }

    private static async Task<string?> SlugAsync(NpgsqlDataSource replica, long id) => (await StoreAsync(replica, id))?.Slug;

    private static async Task<(string Slug, string? Domain)?> StoreAsync(NpgsqlDataSource replica, long id)
    {
        await using var command = replica.CreateCommand("select slug, custom_domain from catalog.stores where id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    private static async Task<ulong> SourceLsnAsync(NpgsqlDataSource replica, long id)
    {
        await using var command = replica.CreateCommand("select source_lsn from catalog.stores where id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return await command.ExecuteScalarAsync() is NpgsqlTypes.NpgsqlLogSequenceNumber lsn ? (ulong)lsn : 0;
    }
}
