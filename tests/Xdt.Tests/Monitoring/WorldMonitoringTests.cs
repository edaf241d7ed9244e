using System.Net.Http.Json;
using System.Text.Json;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// The world's own Prometheus, started by the app host: every service scraped and labelled, the repository's rules
/// loaded, the metrics the rules name really exported, and a stopped storefront raising <c>RegionDown</c> in
/// Prometheus, Alertmanager and on the edge's status page.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(MonitoringWorldCollection.Name)]
public sealed class WorldMonitoringTests(MonitoringWorld world)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Prometheus_EveryServiceOfTheWorld_ScrapedUpWithRegionAndServiceLabels()
    {
        using var prometheus = world.CreatePrometheusClient();
        var expected = new HashSet<(string Service, string Region)>
        {
            ("admin", "beijing"), ("capture", "beijing"), ("kafka", "beijing"), ("edge-router", "global"),
        };
        foreach (var region in world.Regions)
        {
            expected.Add(("storefront", region.Name));
            expected.Add(("replicator", region.Name));
        }

        var up = await Eventually.HoldsAsync(async () =>
        {
            var targets = await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/targets?state=active");
            return targets.GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Where(t => t.GetProperty("health").GetString() == "up")
                .Select(t => (t.GetProperty("labels").GetProperty("service").GetString()!, t.GetProperty("labels").GetProperty("region").GetString()!))
                .ToHashSet();
        }, set => set.SetEquals(expected), Within, "every service scraped and up", world.DescribeResources);

        Assert.Equal(expected, up);
    }

    [Fact]
    public async Task Prometheus_RulesFromTheRepository_LoadedWithTheWorldsShortRegionDown()
    {
        using var prometheus = world.CreatePrometheusClient();

        var rules = await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/rules").WaitAsync(Within);

        var alerts = rules.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Where(r => r.GetProperty("type").GetString() == "alerting")
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("duration").GetDouble());
        Assert.Equal(PromtoolTests.AlertNames().Order(), alerts.Keys.Order());
        Assert.Equal(3, alerts["RegionDown"]);
        Assert.Equal(300, alerts["HighTTFB"]);
    }

    [Theory]
    [InlineData("xdt_edge_ttfb_seconds_bucket{handler=\"storefront\", le=\"0.1\"}")]
    [InlineData("xdt_edge_requests_total")]
    [InlineData("http_server_request_duration_seconds_bucket{service=\"storefront\", le=\"0.05\"}")]
    [InlineData("xdt_replicator_write_to_visible_seconds_bucket{le=~\"1|1.0\"}")]
    [InlineData("xdt_replicator_dead_lettered_total")]
    [InlineData("xdt_replicator_rebuilds_total")]
    [InlineData("xdt_replicator_positions_lost_total")]
    [InlineData("xdt_capture_slot_retained_wal_bytes")]
    public async Task Prometheus_MetricTheRulesName_IsScrapedFromTheWorld(string selector)
    {
        using var prometheus = world.CreatePrometheusClient();
        using var shopper = world.CreateEdgeClient();
        foreach (var region in world.Regions)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
            request.Headers.Add(XdtHeaders.ClientLocation, region.Name);
            using var page = await shopper.SendAsync(request).WaitAsync(Within);
        }

        string? scraped = null;
        var series = await Eventually.HoldsAsync(async () =>
            {
                // On failure, say what the world does export under that name.
                scraped = string.Join("\n", (await QueryAsync(prometheus, selector.Split('{')[0])).Take(20));
                return await QueryAsync(prometheus, selector);
            },
            r => r.Count > 0, Within, selector, () => "series of that name: " + scraped);

        Assert.All(series, s => Assert.True(s.TryGetProperty("region", out _), $"{selector} without a region label"));
    }

    [Fact]
    public async Task StorefrontStopped_RegionDownFiresInPrometheusAlertmanagerAndOnTheStatusPage()
    {
        using var prometheus = world.CreatePrometheusClient();
        using var alertmanager = new HttpClient { BaseAddress = world.Host.Endpoint("alertmanager"), Timeout = Within };
        using var edge = world.CreateEdgeClient();
        await Eventually.HoldsAsync(() => QueryAsync(prometheus, "up{service=\"storefront\", region=\"frankfurt\"} == 1"),
            r => r.Count == 1, Within, "frankfurt's storefront scraped up first");

        await WorldProcess.KillAsync(world.Host, "storefront-frankfurt");
        try
        {
            var firing = await Eventually.HoldsAsync(() => FiringAsync(prometheus), f => f.Contains(("RegionDown", "frankfurt")),
                Within, "RegionDown firing for frankfurt in Prometheus");
            await Eventually.HoldsAsync(async () =>
                {
                    var alerts = await alertmanager.GetFromJsonAsync<JsonElement>("/api/v2/alerts");
                    return alerts.EnumerateArray().Any(a => Label(a, "alertname") == "RegionDown" && Label(a, "region") == "frankfurt");
                },
                received => received, Within, "RegionDown for frankfurt received by Alertmanager");
            var status = await Eventually.HoldsAsync(
                async () => (await edge.GetFromJsonAsync<JsonElement>(XdtPaths.Status)).GetProperty("alerts"),
                a => a.GetProperty("firing").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "RegionDown"
                    && f.GetProperty("region").GetString() == "frankfurt"),
                Within, "RegionDown for frankfurt on the edge's status");
            var page = await edge.GetStringAsync(XdtPaths.StatusPage).WaitAsync(Within);

            Assert.DoesNotContain(("RegionDown", "beijing"), firing);
            Assert.Equal("firing", status.GetProperty("state").GetString());
            Assert.Contains("<td class=\"firing\">RegionDown</td><td>frankfurt</td>", page, StringComparison.Ordinal);
        }
        finally
        {
            await WorldProcess.StartAsync(world.Host, "storefront-frankfurt", Within);
        }

        await Eventually.HoldsAsync(() => FiringAsync(prometheus), f => !f.Contains(("RegionDown", "frankfurt")),
            Within, "RegionDown resolved once the storefront is back");
    }

    private static async Task<IReadOnlyList<JsonElement>> QueryAsync(HttpClient prometheus, string query)
    {
        var answer = await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/query?query=" + Uri.EscapeDataString(query));
        return [.. answer.GetProperty("data").GetProperty("result").EnumerateArray().Select(r => r.GetProperty("metric"))];
    }

    private static async Task<HashSet<(string Alert, string? Region)>> FiringAsync(HttpClient prometheus)
    {
        var answer = await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/alerts");
        return answer.GetProperty("data").GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("state").GetString() == "firing")
            .Select(a => (Label(a, "alertname")!, Label(a, "region")))
            .ToHashSet();
    }

    private static string? Label(JsonElement alert, string name) =>
        alert.GetProperty("labels").TryGetProperty(name, out var value) ? value.GetString() : null;
}
