using Xdt.Catalog.Changes;
using Xdt.Tests.Infrastructure;
using static Xdt.Tests.Replicator.ChangeEvents;

namespace Xdt.Tests.Replicator;

/// <summary>
/// The broker goes away under a running replicator. Whatever its consumer was doing (still finding its group, or working
/// through a backlog), the replicator stays up, says within seconds that it is unhealthy, and once the broker is back
/// it is healthy again and has applied every change.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(ReplicatorCollection.Name)]
public sealed class ReplicatorBrokerOutageTests(ReplicatorFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    /// <summary>An operator (and the front door's health view) learns of the outage in seconds, not in a minute.</summary>
    private static readonly TimeSpan NoticedWithin = TimeSpan.FromSeconds(5);

    private const int Backlog = 20_000;

    [Fact]
    public async Task Replicator_BrokerGoneWhileItJoinsItsGroup_IsUnhealthyUntilABrokerAnswers()
    {
        var ids = fixture.NextIdBlock();
        long store = ids + 1, product = ids + 2;
        await using var replica = await fixture.CreateReplicaAsync("toronto");
        await using var replicator = await fixture.StartReplicatorAsync("toronto", replica);

        // Healthy means migrated: the consumer has only just subscribed.
        await OutageAsync(replicator);

        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);
        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        await producer.SendAsync(store, Row("products", ChangeOperations.Create, Product(product, store, "BACK"), lsn: 200), product);
        await Eventually.UntilAsync(async () => await replica.RowAsync(product) is not null, Within,
            "the change written after the outage to be applied", () => replicator.Output);
        await Eventually.UntilAsync(replicator.IsHealthyAsync, Within, "the replicator to be healthy again", () => replicator.Output);
    }

    [Fact]
    public async Task Replicator_BrokerGoneWhileItWorksThroughABacklog_IsUnhealthyWithinSecondsAndAppliesEveryChangeOnceBack()
    {
        var ids = fixture.NextIdBlock();
        var store = ids + 1;
        await using var replica = await fixture.CreateReplicaAsync("hongkong");
        await using var replicator = await fixture.StartReplicatorAsync("hongkong", replica);
        using var producer = new ChangeProducer(fixture.Kafka.BootstrapServers);
        await producer.SendAsync(store, Row("stores", ChangeOperations.Create, Store(store, $"s{ids}"), lsn: 100), store);
        await Eventually.UntilAsync(async () => await replica.RowAsync(store) is not null, Within, "the store to be applied", () => replicator.Output);

        for (var i = 1; i <= Backlog; i++)
        {
            producer.Enqueue(store, Row("products", ChangeOperations.Create, Product(store + i, store, $"B{i}"), lsn: (ulong)(100 + i)), store + i);
        }

        producer.Flush();
        await Eventually.UntilAsync(async () => await replica.RowAsync(store + 1) is not null, Within,
            "the backlog to be under way", () => replicator.Output);

        // The replicator still holds fetched events to apply and offsets to mirror to a group coordinator that is gone.
        await OutageAsync(replicator);

        await Eventually.UntilAsync(async () => await replica.RowAsync(store + Backlog) is not null, Within,
            "the whole backlog to be applied", () => replicator.Output);
        var rows = await replica.RowsAsync(store + 1, store + Backlog + 1);
        Assert.Equal(Backlog, rows.Count);
        await Eventually.UntilAsync(replicator.IsHealthyAsync, Within, "the replicator to be healthy again", () => replicator.Output);
    }

    /// <summary>Takes the broker down until the replicator says so, then brings it back; the replicator must outlive it.</summary>
    private async Task OutageAsync(ServiceProcess replicator)
    {
        await fixture.Kafka.SetBrokerUpAsync(false);
        try
        {
            await Eventually.UntilAsync(async () => !await replicator.IsHealthyAsync(), NoticedWithin,
                "the replicator to say the broker is gone", () => replicator.Output);
        }
        finally
        {
            await fixture.Kafka.SetBrokerUpAsync(true);
        }

        Assert.False(replicator.HasExited, "the replicator outlived the outage");
    }
}
