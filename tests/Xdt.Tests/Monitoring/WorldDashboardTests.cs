using System.Net.Http.Json;
using System.Text.Json;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// The Grafana dashboards against the world's real Prometheus: every metric their queries read — and every metric
/// behind the recording rules they read — has series, so no panel shows "no data" for a name nobody exports.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(MonitoringWorldCollection.Name)]
public sealed class WorldDashboardTests(MonitoringWorld world)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Prometheus_EveryMetricTheDashboardsRead_HasSeriesFromTheWorld()
    {
        var read = GrafanaDashboard.MetricNames();
        var expected = read.Union(RecordingRules.Exported(read)).ToHashSet(StringComparer.Ordinal);
        using var prometheus = world.CreatePrometheusClient();
        using var shopper = world.CreateEdgeClient();
        // A page in every region, so the time-to-first-byte histograms have observations.
        foreach (var region in world.Regions)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
            request.Headers.Add(XdtHeaders.ClientLocation, region.Name);
            using var page = await shopper.SendAsync(request).WaitAsync(Within);
        }

        List<string> lastMissing = [];
        var missing = await Eventually.HoldsAsync(async () =>
            {
                var names = await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/label/__name__/values");
                var exported = names.GetProperty("data").EnumerateArray().Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal);
                return lastMissing = [.. expected.Where(name => !exported.Contains(name)).Order(StringComparer.Ordinal)];
            },
            m => m.Count == 0, Within, "every metric the dashboards read exported", () => "missing: " + string.Join(", ", lastMissing));

        Assert.Empty(missing);
        Assert.Contains("xdt_replicator_lag_milliseconds", expected);
        Assert.Contains("xdt_edge_ttfb_seconds_bucket", expected);
    }
}
