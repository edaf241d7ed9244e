using System.Text.Json;

namespace Xdt.Tests.Monitoring;

/// <summary>
/// The Grafana dashboards of <c>monitoring/grafana/dashboards</c>: valid provisioning JSON, the panels operators asked
/// for, and queries that read only recording rules or metrics the services are documented to export.
/// </summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class DashboardFilesTests
{
    public static TheoryData<string, string> ExpectedPanels => new()
    {
        { "xdt-shoppers", "TTFB p95 per region" },
        { "xdt-shoppers", "TTFB p50 per region" },
        { "xdt-shoppers", "Storefront server time p95" },
        { "xdt-shoppers", "Requests by route" },
        { "xdt-shoppers", "Overflow share" },
        { "xdt-shoppers", "Requests shed with 429, by cause" },
        { "xdt-shoppers", "Storefront up" },
        { "xdt-replication", "Write-to-visible p95 per region" },
        { "xdt-replication", "Replication lag (heartbeat-driven)" },
        { "xdt-replication", "Budget burn rate: fast (1 h and 5 m)" },
        { "xdt-replication", "Budget burn rate: slow (6 h and 30 m)" },
        { "xdt-replication", "Error budget left over the dashboard's range" },
        { "xdt-replication", "Dead letters" },
        { "xdt-replication", "Rebuilds" },
        { "xdt-replication", "Capture: slot's retained WAL" },
    };

    [Fact]
    public void Dashboards_EveryFile_IsADashboardWithAUniqueUidAndPanelsOnTheGrid()
    {
        var dashboards = GrafanaDashboard.All();

        Assert.Equal(["xdt-replication", "xdt-shoppers"], dashboards.Select(d => d.Uid).Order());
        foreach (var dashboard in dashboards)
        {
            Assert.Equal(dashboard.Uid + ".json", dashboard.File);
            Assert.False(string.IsNullOrWhiteSpace(dashboard.Root.GetProperty("title").GetString()));
            var all = dashboard.Root.GetProperty("panels").EnumerateArray().ToList();
            Assert.Equal(all.Count, all.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
            Assert.All(all, p =>
            {
                var grid = p.GetProperty("gridPos");
                Assert.InRange(grid.GetProperty("x").GetInt32() + grid.GetProperty("w").GetInt32(), 1, 24);
            });
            Assert.All(dashboard.Panels, panel =>
            {
                Assert.Equal("xdt-prometheus", panel.GetProperty("datasource").GetProperty("uid").GetString());
                Assert.NotEmpty(panel.GetProperty("targets").EnumerateArray());
            });
            Assert.All(dashboard.Queries, q => Assert.False(string.IsNullOrWhiteSpace(q)));
        }
    }

    [Theory]
    [MemberData(nameof(ExpectedPanels))]
    public void Dashboards_OperatorsQuestion_HasAPanel(string uid, string title)
    {
        var dashboard = Assert.Single(GrafanaDashboard.All(), d => d.Uid == uid);

        Assert.Contains(dashboard.Panels, p => p.GetProperty("title").GetString() == title);
    }

    [Fact]
    public void Dashboards_EveryQuery_ReadsARecordingRuleOrADocumentedMetric()
    {
        var rules = RecordingRules.All();
        var documented = DocumentedMetrics.All();

        var names = GrafanaDashboard.MetricNames();

        Assert.Contains("region:xdt_edge_ttfb_seconds:p95_5m", names);
        Assert.Contains("xdt_replicator_write_to_visible_seconds_bucket", names);
        Assert.All(names, name => Assert.True(rules.ContainsKey(name) || documented.Contains(name) || documented.Contains(PromQl.Family(name)),
            $"{name} is neither a recording rule of monitoring/prometheus/rules nor a metric docs/ARCHITECTURE.md documents"));
    }

    [Fact]
    public void DocumentedMetrics_InventedName_IsNotAmongThem()
    {
        // The check above can fail: the table is read, not everything passes.
        var documented = DocumentedMetrics.All();

        Assert.Contains("xdt_replicator_lag_milliseconds", documented);
        Assert.Contains("xdt_edge_requests_total", documented);
        Assert.DoesNotContain("xdt_edge_requests", documented);
        Assert.DoesNotContain("xdt_replicator_lag_seconds", documented);
    }

    [Fact]
    public void MetricNames_Expression_ListsMetricsNotFunctionsLabelsOrKeywords()
    {
        const string expr = """
            1 - sum by (region, le) (rate(a_bucket{le=~"1|1.0", route!="x y"}[5m] offset 1h))
              / on (region) group_left sum without (job) (increase(b_total[$__rate_interval])) > bool 0.01
              or region:c:p95_5m unless up
            """;

        var names = PromQl.MetricNames(PromQl.Substitute(expr));

        Assert.Equal(["a_bucket", "b_total", "region:c:p95_5m", "up"], names.Order());
        Assert.Equal("a", PromQl.Family("a_bucket"));
    }

    [Fact]
    public void Dashboards_RegionVariable_ListsTheStorefrontsRegions()
    {
        foreach (var dashboard in GrafanaDashboard.All())
        {
            var region = dashboard.Root.GetProperty("templating").GetProperty("list").EnumerateArray()
                .Single(v => v.GetProperty("name").GetString() == "region");
            Assert.Equal("label_values(up{service=\"storefront\"}, region)", region.GetProperty("query").GetProperty("query").GetString());
            Assert.Equal(JsonValueKind.True, region.GetProperty("includeAll").ValueKind);
        }
    }
}
