using System.Net;
using Aspire.Hosting.Testing;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>Seller changes made through the admin reach every region's storefront — and deletions too.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ThreeRegionWorldCollection.Name)]
public sealed class ReplicationTests(ThreeRegionWorld world)
{
    [Fact]
    public async Task Product_CreatedRepricedDeletedThroughAdmin_IsSeenThenGoneOnEveryRegion()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("repl");

        await seller.CreateProductAsync(slug, "TEA-1", 12.34m, "Oolong from Anxi");
        await EveryRegionShowsAsync(slug, "TEA-1", page => page.Contains("Oolong from Anxi") && page.Contains("12.34"));

        await seller.SetPriceAsync(slug, "TEA-1", 77.31m);
        await EveryRegionShowsAsync(slug, "TEA-1", page => page.Contains("77.31") && !page.Contains("12.34"));

        await seller.DeleteProductAsync(slug, "TEA-1");
        foreach (var region in world.Regions)
        {
            using var storefront = StorefrontClient(region.Name);
            await Eventually.HoldsAsync(async () => (await storefront.GetAsync($"/s/{slug}/p/TEA-1")).StatusCode,
                status => status == HttpStatusCode.NotFound, WorldSettings.ReplicationTimeout, $"TEA-1 to be gone in {region.Name}");
        }
    }

    [Fact]
    public async Task Storefront_AnyPage_TellsItsRegionAndFreshness()
    {
        foreach (var region in world.Regions)
        {
            using var storefront = StorefrontClient(region.Name);
            using var response = await storefront.GetAsync("/s/demo");

            Assert.Equal(region.Name, Assert.Single(response.Headers.GetValues(XdtHeaders.Region)));
            AssertDataAsOf(Assert.Single(response.Headers.GetValues(XdtHeaders.DataAsOf)));
            Assert.Contains("db;dur=", string.Join(",", response.Headers.GetValues(XdtHeaders.ServerTiming)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Replicas_AfterChangesSettle_EqualThePrimaryRowByRow()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("equal");
        var primary = (await world.GetConnectionStringAsync("primary"))!;
        var load = new ChangeLoad(primary, await ChangeLoad.StoreIdAsync(primary, slug));

        await load.RunAsync(300);

        await CatalogSnapshot.WaitForReplicasToEqualPrimaryAsync(world, WorldSettings.ReplicationTimeout);
    }

    private HttpClient StorefrontClient(string region) =>
        new() { BaseAddress = world.App.GetEndpoint($"storefront-{region}", "http"), Timeout = TimeSpan.FromSeconds(10) };

    private async Task EveryRegionShowsAsync(string slug, string sku, Func<string, bool> shows)
    {
        foreach (var region in world.Regions)
        {
            using var storefront = StorefrontClient(region);
            await Eventually.HoldsAsync(() => PageAsync(storefront, $"/s/{slug}/p/{sku}"), shows,
                WorldSettings.ReplicationTimeout, $"{sku} of {slug} as expected in {region}");
        }
    }

    private HttpClient StorefrontClient(Xdt.Geography.Region region) => StorefrontClient(region.Name);

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"HTTP {(int)response.StatusCode}";
    }

    /// <summary>A real position and time: the demo data was applied, so neither may be the empty 0/0 or "none".</summary>
    private static void AssertDataAsOf(string header)
    {
        var match = System.Text.RegularExpressions.Regex.Match(header, "^lsn=([0-9A-F]+)/([0-9A-F]+); time=(.+)$");
        Assert.True(match.Success, $"{XdtHeaders.DataAsOf}: {header}");
        Assert.NotEqual("0/0", $"{match.Groups[1].Value}/{match.Groups[2].Value}");
        Assert.True(DateTimeOffset.TryParse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var asOf), $"{XdtHeaders.DataAsOf} time: {header}");
        Assert.InRange(asOf, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
