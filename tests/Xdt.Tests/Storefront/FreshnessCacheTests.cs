using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Xdt.Storefront.Freshness;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Integration)]
[Collection(StorefrontCollection.Name)]
public sealed class FreshnessCacheTests(StorefrontFixture fixture)
{
    private static readonly FreshnessOptions CacheOptions = new() { CacheDuration = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task GetAsync_WithinCacheDuration_ReusesReadingThenRefreshes()
    {
        var replica = await fixture.CreateReplicaAsync();
        await StorefrontFixture.ExecuteAsync(replica, Progress("0/100"));
        await using var dataSource = NpgsqlDataSource.Create(replica);
        var time = new FakeTimeProvider();
        var cache = new FreshnessCache(dataSource, Options.Create(CacheOptions), time, NullLogger<FreshnessCache>.Instance);

        Assert.Equal("0/100", (await cache.GetAsync(CancellationToken.None).AsTask().WaitAsync(StorefrontFixture.Timeout)).Snapshot.AppliedLsnText);
        await StorefrontFixture.ExecuteAsync(replica, "update replication.partitions set applied_lsn = '0/200'");

        time.Advance(TimeSpan.FromMilliseconds(50));
        Assert.Equal("0/100", (await cache.GetAsync(CancellationToken.None).AsTask().WaitAsync(StorefrontFixture.Timeout)).Snapshot.AppliedLsnText);

        time.Advance(TimeSpan.FromMilliseconds(60));
        Assert.Equal("0/200", (await cache.GetAsync(CancellationToken.None).AsTask().WaitAsync(StorefrontFixture.Timeout)).Snapshot.AppliedLsnText);
    }

    [Fact]
    public async Task GetAsync_ReplicaFails_KeepsLastSnapshotAndSaysUnreachable()
    {
        var replica = await fixture.CreateReplicaAsync();
        await StorefrontFixture.ExecuteAsync(replica, Progress("0/300"));
        await using var dataSource = NpgsqlDataSource.Create(replica);
        var time = new FakeTimeProvider();
        var cache = new FreshnessCache(dataSource, Options.Create(CacheOptions), time, NullLogger<FreshnessCache>.Instance);
        Assert.True((await cache.GetAsync(CancellationToken.None).AsTask().WaitAsync(StorefrontFixture.Timeout)).ReplicaReachable);

        await StorefrontFixture.ExecuteAsync(replica, "drop table replication.partitions");
        time.Advance(TimeSpan.FromSeconds(1));
        var reading = await cache.GetAsync(CancellationToken.None).AsTask().WaitAsync(StorefrontFixture.Timeout);

        Assert.False(reading.ReplicaReachable);
        Assert.Equal("0/300", reading.Snapshot.AppliedLsnText);
    }

    private static string Progress(string lsn) => $"""
        insert into replication.partitions (topic, partition, next_offset, applied_lsn, commit_time, heartbeat_time, high_watermark)
        values ('product_updates_global', 0, 1, '{lsn}', now(), now(), 1)
        """;
}
