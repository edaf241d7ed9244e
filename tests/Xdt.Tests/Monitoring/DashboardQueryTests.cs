using System.Text.Json;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// Every query of the Grafana dashboards parsed by Prometheus' own parser: <c>promtool check rules</c> on a rule file
/// that records each query (Grafana's variables replaced by values of their kind), since promtool has no offline
/// "parse this query".
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
public sealed class DashboardQueryTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("xdt-dashboards-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Dashboards_EveryQuery_ParsesWithPromtool()
    {
        var queries = GrafanaDashboard.All().SelectMany(d => d.Queries).ToList();

        var (exit, output) = await CheckAsync(queries);

        Assert.True(exit == 0, output);
        Assert.Contains($"SUCCESS: {queries.Count} rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promtool_QueryWithAnUnclosedParenthesis_IsRejected()
    {
        var (exit, output) = await CheckAsync(["sum by (region) (rate(xdt_edge_requests_total[$__rate_interval])"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("parse error", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> CheckAsync(IReadOnlyList<string> queries)
    {
        // JSON is YAML: one group recording every query under a name of its own.
        var rules = new
        {
            groups = new[]
            {
                new { name = "dashboards", rules = queries.Select((q, i) => new { record = $"dashboard_query_{i}", expr = PromQl.Substitute(q) }) },
            },
        };
        var file = Path.Combine(_scratch, "dashboards.yml");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(rules));
        return await MonitoringTool.PromtoolAsync("check", "rules", file);
    }
}
