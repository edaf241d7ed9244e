using System.Net;
using Aspire.Hosting.Testing;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Testing;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>A seller who just changed a price never sees the old one — even when their nearest region is cut off.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(EdgeWorldCollection.Name)]
public sealed class ReadYourWritesTests(EdgeWorld world) : EdgeWorldTest(world)
{
    [Fact]
    public async Task Seller_WithBookmark_SeesTheirNewPriceWhileTheirRegionIsCutOff()
    {
        using var edge = World.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("ryw");
        await seller.CreateProductAsync(slug, "RYW-1", 10.25m, "Jasmine pearls");
        using var berlin = Shopper(ClientCities.Berlin);
        await Eventually.HoldsAsync(() => PageAsync(berlin, slug, bookmark: null), page => page.Body.Contains("10.25"),
            WorldSettings.ReplicationTimeout, "the product in frankfurt");

        using var replicator = new HttpClient { BaseAddress = World.App.GetEndpoint("replicator-frankfurt", "http") };
        replicator.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, WorldSettings.ControlKey);
        (await replicator.PostAsync(XdtPaths.KafkaLink, null)).EnsureSuccessStatusCode();
        try
        {
            var bookmark = await seller.SetPriceAsync(slug, "RYW-1", 99.75m);

            var mine = await PageAsync(berlin, slug, bookmark);
            var anyone = await PageAsync(berlin, slug, bookmark: null);

            Assert.Contains("99.75", mine.Body, StringComparison.Ordinal);
            Assert.NotEqual("frankfurt", mine.Region);
            Assert.Contains(mine.Route, new[] { "fresh-wait", "core" });
            // Without the bookmark the cut-off region still serves, stale but up.
            Assert.Equal("frankfurt", anyone.Region);
            Assert.Contains("10.25", anyone.Body, StringComparison.Ordinal);
        }
        finally
        {
            (await replicator.DeleteAsync(XdtPaths.KafkaLink)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<(string Body, string Region, string Route)> PageAsync(HttpClient shopper, string slug, string? bookmark)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{slug}/p/RYW-1");
        if (bookmark is not null)
        {
            request.Headers.Add("Cookie", $"{XdtCookies.Bookmark}={bookmark}");
        }

        using var response = await shopper.SendAsync(request);
        var body = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "";
        return (body, EdgeRoutingTests.Header(response, XdtHeaders.Region), EdgeRoutingTests.Header(response, XdtHeaders.Route));
    }
}
