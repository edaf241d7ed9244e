using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// The databases and the front door themselves killed with SIGKILL and started again: a seller is told plainly while
/// the primary is gone, nothing that was acknowledged is lost, every region converges, shoppers are served again.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(FaultWorldCollection.Name)]
public sealed class CoreFaultTests(TwoRegionFaultWorld world)
{
    [Fact]
    public async Task Primary_KilledAndRestarted_WritesAnswer503MeanwhileAndNoAcknowledgedWriteIsLost()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("kill-primary");
        var acknowledged = new List<string>();
        var refusals = new List<(HttpStatusCode Status, string? ContentType)>();

        // Create products one after another until the primary has been killed, refused writes, come back and taken
        // writes again.
        var killed = false;
        var restarted = false;
        var acknowledgedAfterRestart = 0;
        for (var n = 0; acknowledgedAfterRestart < 5; n++)
        {
            Assert.True(n < 10_000, "the writes never came back after the restart");
            var sku = $"P-{n:D5}";
            using var response = await seller.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products",
                new { sku, title = sku, description = "written around a crash", price = 1.5m, stock = 1, image = (string?)null });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                acknowledged.Add(sku);
                acknowledgedAfterRestart += restarted ? 1 : 0;
            }
            else
            {
                refusals.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            }

            if (!killed && acknowledged.Count >= 20)
            {
                await WorldProcess.KillAsync(world.Host, "primary");
                killed = true;
            }
            else if (killed && !restarted && refusals.Count >= 3)
            {
                await WorldProcess.StartAsync(world.Host, "primary", WorldSettings.StartTimeout);
                NpgsqlConnection.ClearAllPools(); // the test's own pooled connections died with the old server
                restarted = true;
            }
        }

        Assert.NotEmpty(refusals);
        Assert.All(refusals, r =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status);
            Assert.Equal("application/problem+json", r.ContentType);
        });
        Assert.Equal(acknowledged.Order(), (await SkusAsync(await world.GetConnectionStringAsync("primary"), slug)).Order());
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
    }

    [Fact]
    public async Task Replica_KilledUnderLoadAndRestarted_ReplicatorStaysUpUnhealthyMeanwhileAndConvergesRowByRow()
    {
        const string replicator = "replicator-frankfurt";
        var pid = await WorldProcess.ProcessIdAsync(world.Host, replicator, WorldSettings.ReplicationTimeout);

        // The replicator commits with synchronous_commit=off: a crash may lose its last commits, rows and offsets together.
        await KillUnderLoad.RunAsync(world, "kill-replica", "replica-frankfurt", whileDown: () =>
            WorldProcess.WaitForHealthAsync(world.Host, replicator, HealthStatus.Unhealthy, WorldSettings.ReplicationTimeout));
        await WorldProcess.WaitForHealthAsync(world.Host, replicator, HealthStatus.Healthy, WorldSettings.ReplicationTimeout);
        Assert.Equal(pid, await WorldProcess.ProcessIdAsync(world.Host, replicator, WorldSettings.ReplicationTimeout));
    }

    [Fact]
    public async Task EdgeRouter_KilledAndRestarted_ServesEveryRegionAgain()
    {
        await WorldProcess.KillAsync(world.Host, "edge-router");
        using (var edge = world.CreateEdgeClient())
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => edge.GetAsync("/s/demo"));
        }

        await WorldProcess.StartAsync(world.Host, "edge-router", WorldSettings.StartTimeout);

        foreach (var region in world.Regions)
        {
            using var shopper = world.CreateEdgeClient();
            shopper.DefaultRequestHeaders.Add(XdtHeaders.ClientLocation, region.Name);
            var served = await Eventually.HoldsAsync(async () =>
                {
                    using var response = await shopper.GetAsync("/s/demo");
                    return response.StatusCode == HttpStatusCode.OK ? EdgeRoutingTests.Header(response, XdtHeaders.Region) : $"{(int)response.StatusCode}";
                },
                servedBy => servedBy == region.Name, WorldSettings.StartTimeout, $"{region.Name}'s shoppers served by {region.Name}");
            Assert.Equal(region.Name, served);
        }
    }

    private static async Task<List<string>> SkusAsync(string? connectionString, string slug)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select p.sku from catalog.products p join catalog.stores s on s.id = p.store_id where s.slug = @slug", connection);
        command.Parameters.AddWithValue("slug", slug);
        var skus = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            skus.Add(reader.GetString(0));
        }

        return skus;
    }
}
