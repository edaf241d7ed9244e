using System.Diagnostics;
using System.Net;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Testing;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>The front door with real storefronts behind it: where shoppers land, and what happens when things break.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(EdgeWorldCollection.Name)]
public sealed class EdgeRoutingTests(EdgeWorld world) : EdgeWorldTest(world)
{
    [Theory]
    [InlineData("berlin", "frankfurt")]
    [InlineData("paris", "frankfurt")]
    [InlineData("frankfurt", "frankfurt")]
    [InlineData("chicago", "ohio")]
    [InlineData("newyork", "ohio")]
    [InlineData("toronto", "ohio")]
    [InlineData("seoul", "beijing")]
    [InlineData("shanghai", "beijing")]
    public async Task Shopper_FromACitysLoopbackBlock_LandsOnTheNearestRegion(string city, string expectedRegion)
    {
        Assert.True(ClientCities.TryGet(city, out var from));
        using var shopper = Shopper(from);

        using var response = await shopper.GetAsync("/s/demo");

        Assert.Equal(expectedRegion, Header(response, XdtHeaders.Region));
        Assert.Equal(city, Header(response, XdtHeaders.ClientLocation));
        Assert.Equal("nearest", Header(response, XdtHeaders.Route));
    }

    [Fact]
    public async Task Shopper_LocationHeaderFromAnUntrustedAddress_IsIgnored()
    {
        using var shopper = Shopper(ClientCities.Berlin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
        request.Headers.Add(XdtHeaders.ClientLocation, "ohio");

        using var response = await shopper.SendAsync(request);

        Assert.Equal("frankfurt", Header(response, XdtHeaders.Region));
    }

    [Fact]
    public async Task Storefront_KilledUnderLoad_ShoppersMoveToTheNextRegionWithZeroFailedGets()
    {
        using var control = new EdgeControl(World.EdgeUrl);
        var results = new ShopperLoopResults();
        using var stop = new CancellationTokenSource();
        // Several Berlin shoppers, each paced under the per-client limit so every answer should be a page.
        var loops = Enumerable.Range(0, 4)
            .Select(_ => ShopperLoopAsync(Shopper(ClientCities.Berlin), results, stop.Token))
            .ToList();

        await results.WaitForAsync(r => r.ServedBy("frankfurt") >= 20, "Berlin shoppers served by frankfurt");
        var killedAt = Stopwatch.GetTimestamp();
        await WorldProcess.KillAsync(World.Host, "storefront-frankfurt");
        await results.WaitForAsync(r => r.ServedAfter(killedAt, region => region != "frankfurt") >= 40, "shoppers served elsewhere after the kill");
        await stop.CancelAsync();
        await Task.WhenAll(loops);

        try
        {
            Assert.Empty(results.Failures);
            Assert.NotEqual("up", await control.RegionHealthAsync("frankfurt"));
        }
        finally
        {
            await WorldProcess.StartAsync(World.Host, "storefront-frankfurt", WorldSettings.StartTimeout);
        }

        // Re-announced only after its hold-down; then Berlin comes home.
        using var berlin = Shopper(ClientCities.Berlin);
        await Eventually.HoldsAsync(async () => Header(await berlin.GetAsync("/s/demo"), XdtHeaders.Region),
            region => region == "frankfurt", TimeSpan.FromSeconds(30), "frankfurt to be re-announced");
    }

    [Fact]
    public async Task Region_AboveItsSoftLimit_SpillsNewShoppersThenRelaxes()
    {
        using var control = new EdgeControl(World.EdgeUrl);
        // Simulated distance keeps each request in flight long enough for a few shoppers to fill Beijing.
        await control.SetLatencySimulationAsync(true);
        var routes = new List<(string Region, string Route)>();
        try
        {
            var shoppers = Enumerable.Range(0, 12).Select(async _ =>
            {
                using var shopper = Shopper(ClientCities.Seoul);
                var seen = new List<(string, string)>();
                for (var i = 0; i < 6; i++)
                {
                    using var response = await shopper.GetAsync("/s/demo");
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    seen.Add((Header(response, XdtHeaders.Region), Header(response, XdtHeaders.Route)));
                }

                return seen;
            });
            foreach (var seen in await Task.WhenAll(shoppers))
            {
                routes.AddRange(seen);
            }
        }
        finally
        {
            await control.SetLatencySimulationAsync(false);
        }

        Assert.Contains(routes, r => r.Route == "overflow" && r.Region != "beijing");
        Assert.Contains(routes, r => r.Region == "beijing");

        using var lone = Shopper(ClientCities.Seoul);
        using var relaxed = await lone.GetAsync("/s/demo");
        Assert.Equal("beijing", Header(relaxed, XdtHeaders.Region));
        Assert.Equal("nearest", Header(relaxed, XdtHeaders.Route));
    }

    private static async Task ShopperLoopAsync(HttpClient shopper, ShopperLoopResults results, CancellationToken stop)
    {
        using (shopper)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await shopper.GetAsync("/s/demo", CancellationToken.None);
                    results.Record(response);
                }
                catch (HttpRequestException ex)
                {
                    results.RecordFailure(ex.Message);
                }

                await Task.Delay(1000 / (EdgeWorld.PerClientPermitsPerSecond / 2), CancellationToken.None);
            }
        }
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
