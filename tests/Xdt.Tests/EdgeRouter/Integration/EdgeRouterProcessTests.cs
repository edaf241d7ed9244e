using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.EdgeRouter.Integration;

/// <summary>
/// The built edge router as a real process in front of two fake storefronts (beijing, frankfurt), reached by clients
/// whose source addresses place them in cities.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class EdgeRouterProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);
    private FakeStorefront _beijing = null!;
    private FakeStorefront _frankfurt = null!;
    private FakeStorefront _admin = null!;
    private ServiceProcess _router = null!;

    public async Task InitializeAsync()
    {
        _beijing = await FakeStorefront.StartAsync("beijing").WaitAsync(Within);
        _frankfurt = await FakeStorefront.StartAsync("frankfurt").WaitAsync(Within);
        _admin = await FakeStorefront.StartAsync("admin").WaitAsync(Within);
        _router = await ServiceProcess.StartAsync("Xdt.EdgeRouter", new Dictionary<string, string>
        {
            ["Xdt__Regions"] = "beijing,frankfurt",
            ["services__storefront-beijing__http__0"] = _beijing.BaseAddress.ToString(),
            ["services__storefront-frankfurt__http__0"] = _frankfurt.BaseAddress.ToString(),
            ["services__admin__http__0"] = _admin.BaseAddress.ToString(),
            ["Xdt__ControlKey"] = "test-key",
            ["Logging__LogLevel__Default"] = "Warning",
            ["EdgeRouter__Health__HoldDown"] = "00:00:01",
            // A Prometheus that does not answer: the status page must say "unknown", never fail.
            ["EdgeRouter__Monitoring__PrometheusUrl"] = $"http://127.0.0.1:{Xdt.Hosting.Ports.LoopbackPorts.Reserve()}",
            ["EdgeRouter__Monitoring__PollInterval"] = "00:00:00.200",
        }, Within).WaitAsync(Within);
        await WaitForRegionsUpAsync("beijing", "frankfurt");
    }

    public async Task DisposeAsync()
    {
        if (_router is not null)
        {
            await _router.DisposeAsync();
        }

        await _admin.DisposeAsync();
        await _frankfurt.DisposeAsync();
        await _beijing.DisposeAsync();
    }

    [Fact]
    public async Task Get_FromBerlinAddress_ProxiedToFrankfurtWithProvenance()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
        request.Headers.Host = "shop.example.test";

        using var response = await client.SendAsync(request).WaitAsync(Within);
        var body = await response.Content.ReadAsStringAsync().WaitAsync(Within);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("frankfurt /s/demo host=shop.example.test", body);
        Assert.Equal("frankfurt", Header(response, XdtHeaders.Region));
        Assert.Equal("nearest", Header(response, XdtHeaders.Route));
        Assert.Equal("berlin", Header(response, XdtHeaders.ClientLocation));
        var timing = string.Join(", ", response.Headers.GetValues(XdtHeaders.ServerTiming));
        Assert.Contains("db;dur=1.2", timing, StringComparison.Ordinal);
        Assert.Contains("edge;dur=", timing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterProxiedRequests_DurationsExportedUnreadPerRequestMetricsNot()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        using var page = await client.GetAsync("/s/demo").WaitAsync(Within);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var metrics = await client.GetStringAsync("/metrics").WaitAsync(Within);

        Assert.Contains("http_server_request_duration_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("http_client_request_duration_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("xdt_edge_requests_total", metrics, StringComparison.Ordinal);
        foreach (var unread in new[] { "http_server_active_requests", "http_client_active_requests", "http_client_open_connections", "time_in_queue", "match_attempts" })
        {
            Assert.DoesNotContain(unread, metrics, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_FromShanghaiAndUnknownAddresses_ProxiedToBeijing()
    {
        using var shanghai = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Shanghai.ClientAddress());
        using var local = SourceBoundClient.Create(_router.BaseAddress, IPAddress.Loopback);

        using var fromShanghai = await shanghai.GetAsync("/s/demo").WaitAsync(Within);
        using var fromLocal = await local.GetAsync("/s/demo").WaitAsync(Within);

        Assert.Equal("beijing", Header(fromShanghai, XdtHeaders.Region));
        Assert.Equal("shanghai", Header(fromShanghai, XdtHeaders.ClientLocation));
        Assert.Equal("beijing", Header(fromLocal, XdtHeaders.Region));
    }

    [Fact]
    public async Task Get_RegionGoesDark_NoFailedGetAndRegionWithdrawn()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        var failures = new List<string>();
        var regions = new List<string>();

        async Task GetAsync()
        {
            using var response = await client.GetAsync("/s/demo").WaitAsync(Within);
            regions.Add(Header(response, XdtHeaders.Region) ?? "none");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        for (var i = 0; i < 20; i++)
        {
            await GetAsync();
        }

        await _frankfurt.StopAsync().WaitAsync(Within);
        // Shoppers keep asking while the region goes dark; how fast it is withdrawn is bench/edge's figure.
        var withdrawn = WaitForStatusAsync("frankfurt", "withdrawn");
        while (!withdrawn.IsCompleted || regions.Count < 60)
        {
            await GetAsync();
        }

        await withdrawn.WaitAsync(Within);
        Assert.Empty(failures);
        Assert.Equal("frankfurt", regions[0]);
        Assert.Equal("beijing", regions[^1]);
    }

    [Fact]
    public async Task Probe_RegionGoesDarkWithoutTraffic_WithdrawnByProbesAlone()
    {
        using var berlin = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        await _frankfurt.StopAsync().WaitAsync(Within);

        // No shopper request reaches the dead region: only the active probes can have noticed.
        await WaitForStatusAsync("frankfurt", "withdrawn").WaitAsync(Within);

        using var after = await berlin.GetAsync("/s/demo").WaitAsync(Within);
        Assert.Equal("beijing", Header(after, XdtHeaders.Region));
        Assert.Equal("failover", Header(after, XdtHeaders.Route));
    }

    [Fact]
    public async Task Control_FailThenHeal_ShoppersMoveAwayAndBackAfterHoldDown()
    {
        using var admin = SourceBoundClient.Create(_router.BaseAddress, IPAddress.Loopback);
        admin.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, "test-key");
        using var berlin = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());

        using (var fail = await admin.PostAsync(XdtPaths.Control + "/regions/frankfurt/fail", null).WaitAsync(Within))
        {
            Assert.Equal(HttpStatusCode.OK, fail.StatusCode);
        }

        using (var during = await berlin.GetAsync("/s/demo").WaitAsync(Within))
        {
            Assert.Equal("beijing", Header(during, XdtHeaders.Region));
            Assert.Equal("failover", Header(during, XdtHeaders.Route));
        }

        using (var heal = await admin.PostAsync(XdtPaths.Control + "/regions/frankfurt/heal", null).WaitAsync(Within))
        {
            Assert.Equal(HttpStatusCode.OK, heal.StatusCode);
        }

        await WaitForStatusAsync("frankfurt", "hold-down").WaitAsync(Within);
        await WaitForStatusAsync("frankfurt", "up").WaitAsync(Within);
        using var after = await berlin.GetAsync("/s/demo").WaitAsync(Within);
        Assert.Equal("frankfurt", Header(after, XdtHeaders.Region));
    }

    [Fact]
    public async Task Get_BookmarkAlreadyApplied_NearestRegion()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
        request.Headers.Add("Cookie", $"{XdtCookies.Bookmark}=0/800");

        using var response = await client.SendAsync(request).WaitAsync(Within);

        Assert.Equal("frankfurt", Header(response, XdtHeaders.Region));
        Assert.Equal("nearest", Header(response, XdtHeaders.Route));
    }

    [Fact]
    public async Task Get_BookmarkNoRegionHas_WaitsBoundedThenCore()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
        request.Headers.Add("Cookie", $"{XdtCookies.Bookmark}=0/2000");

        using var response = await client.SendAsync(request).WaitAsync(Within);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("beijing", Header(response, XdtHeaders.Region));
        Assert.Equal("core", Header(response, XdtHeaders.Route));
        // That it waits for a region first (the fresh-wait) is shown with a fake clock in FreshRegionRouterTests.
    }

    [Fact]
    public async Task Post_Admin_ForwardedUnchangedToTheAdmin()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());

        using var response = await client.PostAsync("/admin/api/stores?x=1", new StringContent("{}")).WaitAsync(Within);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("admin /admin/api/stores", await response.Content.ReadAsStringAsync().WaitAsync(Within), StringComparison.Ordinal);
        Assert.Equal("core", Header(response, XdtHeaders.Route));
    }

    [Fact]
    public async Task Get_RegionAnswers503_ServedByNextRegionWithoutError()
    {
        _frankfurt.PagesUnavailable = true;
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());

        using var response = await client.GetAsync("/s/demo").WaitAsync(Within);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("beijing /s/demo host=" + _router.BaseAddress.Authority, await response.Content.ReadAsStringAsync().WaitAsync(Within));
        Assert.Equal("failover", Header(response, XdtHeaders.Route));
    }

    [Fact]
    public async Task Post_ConnectionLostToHealthyRegion_NotRetriedAndAnsweredWithProblem()
    {
        // Health probes keep answering, so the edge still routes the POST to frankfurt (a stopped storefront could be
        // withdrawn by a probe first, and the POST would then rightly go to beijing): only the retry rule decides.
        _frankfurt.DropsConnections = true;
        using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());

        using var response = await client.PostAsync("/s/demo/cart", new StringContent("sku=1")).WaitAsync(Within);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("frankfurt", Header(response, XdtHeaders.Region));
    }

    [Fact]
    public async Task Control_ShiftHalfOfBeijing_EachClientStaysOnItsSide()
    {
        using var admin = SourceBoundClient.Create(_router.BaseAddress, IPAddress.Loopback);
        admin.DefaultRequestHeaders.Add(XdtHeaders.ControlKey, "test-key");
        using var shift = await admin.PutAsync(
            XdtPaths.Control + "/shifts",
            new StringContent("""{"from":"beijing","to":"frankfurt","percent":50}""", System.Text.Encoding.UTF8, "application/json"))
            .WaitAsync(Within);
        Assert.Equal(HttpStatusCode.OK, shift.StatusCode);

        var shifted = 0;
        for (uint n = 1; n <= 40; n++)
        {
            using var client = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Beijing.ClientAddress(n));
            using var first = await client.GetAsync("/s/demo").WaitAsync(Within);
            using var second = await client.GetAsync("/s/demo").WaitAsync(Within);
            Assert.Equal(Header(first, XdtHeaders.Region), Header(second, XdtHeaders.Region));
            if (Header(first, XdtHeaders.Route) == "shifted")
            {
                Assert.Equal("frankfurt", Header(first, XdtHeaders.Region));
                shifted++;
            }
        }

        Assert.InRange(shifted, 8, 32);
    }

    [Fact]
    public async Task Status_ShowsLagFromTheFreshnessPoll()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, IPAddress.Loopback);
        // The first freshness poll may not have landed yet right after start.
        var lag = await Eventually.HoldsAsync(async () =>
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(XdtPaths.Status));
            return json.RootElement.GetProperty("regions").EnumerateArray()
                .Single(r => r.GetProperty("name").GetString() == "frankfurt").GetProperty("lag").Clone();
        }, lag => lag.ValueKind != JsonValueKind.Null, Within, "frankfurt's lag on the status page");

        Assert.Equal("0/1000", lag.GetProperty("appliedLsn").GetString());
        Assert.Equal(3.5, lag.GetProperty("lagMs").GetDouble());
        Assert.Equal(2.5, lag.GetProperty("heartbeatLagMs").GetDouble());
    }

    [Fact]
    public async Task Control_WithoutKey_Unauthorized()
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, IPAddress.Loopback);

        using var response = await client.PostAsync(XdtPaths.Control + "/regions/frankfurt/fail", null).WaitAsync(Within);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Status_PrometheusNotAnswering_AlertsUnknownAndBothPagesServe()
    {
        using var client = new HttpClient { BaseAddress = _router.BaseAddress, Timeout = Within };

        var alerts = await Eventually.HoldsAsync(
            async () => (await client.GetFromJsonAsync<JsonElement>(XdtPaths.Status)).GetProperty("alerts"),
            a => a.GetProperty("checkedAt").ValueKind == JsonValueKind.String, Within, "a failed read of the alerts");
        using var page = await client.GetAsync(XdtPaths.StatusPage).WaitAsync(Within);

        Assert.Equal("unknown", alerts.GetProperty("state").GetString());
        Assert.Empty(alerts.GetProperty("firing").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(alerts.GetProperty("reason").GetString()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"alerts-state\">unknown<", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_PrometheusNotAnswering_ChartSaysWhyAndTheMapStillServes()
    {
        using var client = new HttpClient { BaseAddress = _router.BaseAddress, Timeout = Within };

        var chart = await client.GetFromJsonAsync<JsonElement>(XdtPaths.Console + "/charts/ttfb").WaitAsync(Within);
        var map = await client.GetFromJsonAsync<JsonElement>(XdtPaths.Console + "/map").WaitAsync(Within);
        using var unknown = await client.GetAsync(XdtPaths.Console + "/charts/anything").WaitAsync(Within);

        Assert.Equal("unavailable", chart.GetProperty("state").GetString());
        Assert.Contains("did not answer", chart.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, map.GetProperty("regions").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Metrics_AfterAShopperGet_TtfbHistogramOfThatRegionHasTheSloBuckets()
    {
        using var shopper = SourceBoundClient.Create(_router.BaseAddress, ClientCities.Berlin.ClientAddress());
        using var scraper = new HttpClient { BaseAddress = _router.BaseAddress, Timeout = Within };
        using var response = await shopper.GetAsync("/s/demo").WaitAsync(Within);
        Assert.Equal("frankfurt", Header(response, XdtHeaders.Region));

        // The exporter caches a scrape briefly: wait for one taken after the request.
        var metrics = await Eventually.HoldsAsync(() => scraper.GetStringAsync("/metrics"),
            text => text.Contains("xdt_edge_ttfb_seconds_bucket{", StringComparison.Ordinal), Within, "the TTFB histogram");

        var frankfurt = metrics.Split('\n')
            .Where(l => l.StartsWith("xdt_edge_ttfb_seconds_bucket{", StringComparison.Ordinal)
                && l.Contains("region=\"frankfurt\"", StringComparison.Ordinal) && l.Contains("handler=\"storefront\"", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(frankfurt, l => l.Contains("le=\"0.05\"", StringComparison.Ordinal));
        Assert.Contains(frankfurt, l => l.Contains("le=\"0.1\"", StringComparison.Ordinal));
        Assert.Contains(frankfurt, l => l.Contains("le=\"+Inf\"", StringComparison.Ordinal) && l.Contains("route=\"nearest\"", StringComparison.Ordinal));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private async Task WaitForRegionsUpAsync(params string[] regions)
    {
        foreach (var region in regions)
        {
            await WaitForStatusAsync(region, "up").WaitAsync(Within);
        }
    }

    private async Task WaitForStatusAsync(string region, string health)
    {
        using var client = SourceBoundClient.Create(_router.BaseAddress, IPAddress.Loopback);
        await Eventually.HoldsAsync(async () =>
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync(XdtPaths.Status));
            return json.RootElement.GetProperty("regions").EnumerateArray()
                .Single(r => r.GetProperty("name").GetString() == region).GetProperty("health").GetString();
        }, state => state == health, Within, $"{region} to become {health}");
    }
}
