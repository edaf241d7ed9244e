namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// The fixed set of queries the edge runs against Prometheus for the console. Fixed on purpose: the edge answers
/// without a key, so it must not become an open proxy to Prometheus' query API. The windows are one minute (not the
/// rules' five) so a change shows on the chart within a minute.
/// </summary>
public static class ConsoleCharts
{
    public static readonly ConsoleChart Ttfb = new(
        "ttfb", "Time to first byte p95 (edge, per region)",
        "histogram_quantile(0.95, sum by (region, le) (rate(xdt_edge_ttfb_seconds_bucket{handler=\"storefront\"}[1m])))",
        1000, "ms", 100);

    public static readonly ConsoleChart Lag = new(
        "lag", "Write-to-visible p95 (replication lag, per region)",
        "histogram_quantile(0.95, sum by (region, le) (rate(xdt_replicator_write_to_visible_seconds_bucket[1m])))",
        1000, "ms", 1000);

    public static IReadOnlyList<ConsoleChart> All { get; } = [Ttfb, Lag];

    /// <summary>How far back the charts look, and the distance between their points.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    public static ConsoleChart? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
