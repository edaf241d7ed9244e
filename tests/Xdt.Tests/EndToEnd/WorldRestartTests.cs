using System.Net;
using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Xdt.Catalog.Changes;
using Xdt.Tests.World;
using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// A world is data plus processes: stopped and started again on the same state directory, or with its broker killed
/// under load, every region must serve the same catalog as the primary and keep receiving new changes.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(RestartCollection.Name)]
public sealed class WorldRestartTests
{
    private static readonly Xdt.Geography.Region[] TwoRegions = [Known.Beijing, Known.Frankfurt];

    [Fact]
    public async Task World_StoppedAndStartedOnItsState_ReplicasStillEqualPrimaryAndANewChangeReachesEveryRegion()
    {
        var state = WorldHost.NewStateDirectory();
        try
        {
            string slug;
            string before;
            await using (var first = await StartAsync(state))
            {
                using var edge = EdgeClient(first);
                slug = await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateStoreAsync("restart");
                await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateProductAsync(slug, "BEFORE-1", 10m);
                before = await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(first, WorldSettings.ReplicationTimeout);
            }

            await using var second = await StartAsync(state);
            NpgsqlConnection.ClearAllPools(); // the first world's servers are gone
            Assert.Equal(before, await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(second, WorldSettings.ReplicationTimeout));

            using var client = EdgeClient(second);
            await new SellerClient(client, WorldSettings.DemoSellerKey).CreateProductAsync(slug, "AFTER-1", 20m);
            var after = await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(second, WorldSettings.ReplicationTimeout);
            Assert.NotEqual(before, after);
            await EveryRegionServesAsync(second, $"/s/{slug}/p/AFTER-1");
        }
        finally
        {
            DeleteState(state);
        }
    }

    [Fact]
    public async Task Broker_KilledUnderLoadAndRestarted_ServicesStayUpUnhealthyMeanwhileEndOffsetsNeverGoBackAndEveryRegionEqualsPrimary()
    {
        await using var world = await WorldHost.StartAsync(TwoRegions, WorldSettings.StartTimeout);
        string[] watched = ["capture", "replicator-frankfurt", "replicator-beijing"];
        var pids = new Dictionary<string, int>();
        foreach (var resource in watched)
        {
            pids[resource] = await WorldProcess.ProcessIdAsync(world, resource, WorldSettings.ReplicationTimeout);
        }

        using var edge = EdgeClient(world);
        var slug = await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateStoreAsync("kill-broker");
        var primary = await world.GetConnectionStringAsync("primary");
        var load = new ChangeLoad(primary, await ChangeLoad.StoreIdAsync(primary, slug));
        using var stop = new CancellationTokenSource();
        var writing = load.RunAsync(int.MaxValue, cancellationToken: stop.Token);
        await Eventually.UntilAsync(() => Task.FromResult(load.ChangesWritten >= 300 || writing.IsCompleted),
            WorldSettings.ReplicationTimeout, "the load to get going");

        var bootstrap = world.Endpoint("kafka", "kafka").Authority;
        var endsBefore = EndOffsets(bootstrap);
        await WorldProcess.KillAsync(world, "kafka");
        var killedMidLoad = !writing.IsCompleted;
        // The broker is gone: the capture and the replicators say so and keep running.
        foreach (var resource in watched)
        {
            await WorldProcess.WaitForHealthAsync(world, resource, HealthStatus.Unhealthy, WorldSettings.ReplicationTimeout);
        }

        await WorldProcess.StartAsync(world, "kafka", WorldSettings.StartTimeout);
        foreach (var resource in watched)
        {
            await WorldProcess.WaitForHealthAsync(world, resource, HealthStatus.Healthy, WorldSettings.ReplicationTimeout);
        }

        var endsAfterRestart = EndOffsets(bootstrap);
        var changesAtRestart = load.ChangesWritten;
        await Eventually.UntilAsync(() => Task.FromResult(load.ChangesWritten >= changesAtRestart + 300 || writing.IsCompleted),
            WorldSettings.ReplicationTimeout, "the load to go on after the broker restarted");
        await stop.CancelAsync();
        await writing.WaitAsync(WorldSettings.ReplicationTimeout);

        Assert.True(killedMidLoad, $"the load had stopped ({writing.Exception?.GetBaseException().Message}) before the broker died");
        Assert.All(endsBefore, before => Assert.True(endsAfterRestart[before.Key] >= before.Value,
            $"partition {before.Key}: end offset {before.Value} before the kill, {endsAfterRestart[before.Key]} after the restart"));
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
        foreach (var resource in watched)
        {
            Assert.Equal(pids[resource], await WorldProcess.ProcessIdAsync(world, resource, WorldSettings.ReplicationTimeout));
        }
    }

    private static Task<WorldHost> StartAsync(string state) =>
        WorldHost.StartOnStateAsync(state, TwoRegions, WorldSettings.StartTimeout);

    private static HttpClient EdgeClient(WorldHost world) => new() { BaseAddress = world.EdgeUrl, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Each region's own storefront (not the edge, which would fail over) serves the page.</summary>
    private static async Task EveryRegionServesAsync(WorldHost world, string path)
    {
        foreach (var region in world.Regions)
        {
            using var storefront = new HttpClient { BaseAddress = world.Endpoint($"storefront-{region.Name}"), Timeout = TimeSpan.FromSeconds(30) };
            await Eventually.UntilAsync(async () =>
            {
                using var page = await storefront.GetAsync(path);
                return page.StatusCode == HttpStatusCode.OK;
            }, WorldSettings.ReplicationTimeout, $"{path} in {region.Name}");
        }
    }

    private static Dictionary<int, long> EndOffsets(string bootstrap)
    {
        using var consumer = new ConsumerBuilder<byte[], byte[]>(new ConsumerConfig { BootstrapServers = bootstrap, GroupId = $"test-offsets-{Guid.NewGuid():N}" }).Build();
        return Enumerable.Range(0, ChangeTopics.DefaultPartitionCount).ToDictionary(p => p, p => consumer
            .QueryWatermarkOffsets(new TopicPartition(ChangeTopics.ProductUpdates, p), TimeSpan.FromSeconds(10)).High.Value);
    }

    private static void DeleteState(string state)
    {
        try
        {
            Directory.Delete(state, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file; the folder is under the temp directory and harmless.
        }
    }
}
