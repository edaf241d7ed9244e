using System.Net.Http.Json;
using System.Text.Json;
using Xdt.Tests.World;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// Every service that talks to PostgreSQL gets its data source from Aspire.Npgsql, so Npgsql's own meter
/// (<c>db.client.*</c>) reaches the world's Prometheus from each of them, the standard way.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(MonitoringWorldCollection.Name)]
public sealed class WorldDatabaseMetricsTests(MonitoringWorld world)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Prometheus_NpgsqlClientMetrics_ScrapedFromEveryServiceWithADatabase()
    {
        using var prometheus = world.CreatePrometheusClient();
        var expected = new HashSet<(string, string)> { ("admin", "beijing"), ("capture", "beijing") };
        foreach (var region in world.Regions)
        {
            expected.Add(("storefront", region.Name));
            expected.Add(("replicator", region.Name));
        }

        HashSet<(string, string)> seen = [];
        await Eventually.HoldsAsync(async () =>
            {
                var answer = await prometheus.GetFromJsonAsync<JsonElement>(
                    "/api/v1/query?query=" + Uri.EscapeDataString("count by (service, region) ({__name__=~\"db_client_.+\"})"));
                return seen = answer.GetProperty("data").GetProperty("result").EnumerateArray()
                    .Select(r => (r.GetProperty("metric").GetProperty("service").GetString()!, r.GetProperty("metric").GetProperty("region").GetString()!))
                    .ToHashSet();
            },
            s => s.IsSupersetOf(expected), Within, "Npgsql's db.client metrics from every service with a database",
            () => "seen: " + string.Join(", ", seen));

        Assert.Superset(expected, seen);
    }
}
