using System.Net;
using System.Text.Json;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>Sellers racing each other through the edge: one winner or a clean conflict, never a server error.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ThreeRegionWorldCollection.Name)]
public sealed class ConcurrentWritesTests(ThreeRegionWorld world)
{
    private const int Racers = 12;

    [Fact]
    public async Task Patch_SameProductConcurrently_EveryAnswerIsSuccessAndTheLastCommitWinsEverywhere()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("race-patch");
        await seller.CreateProductAsync(slug, "RACE-1", 1.00m);
        var prices = Enumerable.Range(1, Racers).Select(i => 10m + i).ToList();

        var answers = await Task.WhenAll(prices.Select(async price =>
        {
            using var response = await seller.SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/RACE-1", new { price });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.OK, $"{(int)a.StatusCode}: {a.Body}"));
        using var final = await seller.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}/products/RACE-1");
        using var product = JsonDocument.Parse(await final.Content.ReadAsStringAsync());
        var finalPrice = product.RootElement.GetProperty("price").GetDecimal();
        // Which racer committed last is not observable from outside (a bookmark is read after the commit, when a later
        // racer may already have committed), so: one racer's whole price, the same in the primary and every region.
        Assert.Contains(finalPrice, prices);
        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
    }

    [Fact]
    public async Task Create_SameSlugConcurrently_OneStoreAndEveryOtherAnswerIs409()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = $"race-{Guid.NewGuid():N}"[..20];

        var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(async i =>
        {
            using var response = await seller.SendAsync(HttpMethod.Post, "/admin/api/stores",
                new { slug, name = $"Racer {i}", currency = "EUR" });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(),
                ContentType: response.Content.Headers.ContentType?.MediaType);
        }));

        var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a =>
        {
            Assert.True(a.StatusCode == HttpStatusCode.Conflict, $"{(int)a.StatusCode}: {a.Body}");
            Assert.Equal("application/problem+json", a.ContentType);
        });

        // Exactly one store row exists, and it is the winner's (not a loser's half-written attempt).
        using var stores = await seller.SendAsync(HttpMethod.Get, "/admin/api/stores");
        using var listed = JsonDocument.Parse(await stores.Content.ReadAsStringAsync());
        var mine = Assert.Single(listed.RootElement.EnumerateArray(), s => s.GetProperty("slug").GetString() == slug);
        using var created = JsonDocument.Parse(winner.Body);
        Assert.Equal(created.RootElement.GetProperty("name").GetString(), mine.GetProperty("name").GetString());
    }
}
