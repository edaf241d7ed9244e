using Xdt.HttpContract;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Requests that keep the platform running rather than serve anyone: health probes, freshness polls, metric scrapes,
/// the edge's reads of Prometheus' alerts and chart ranges, and the operator console's polls of the edge's status.
/// They arrive several times a second per region; traced, they would drown the traces people look for and cost every
/// service (and the dashboard) CPU for nothing.
/// </summary>
public static class OperationalTraffic
{
    public const string PrometheusAlertsPath = "/api/v1/alerts";
    public const string PrometheusRangePath = "/api/v1/query_range";

    private static readonly string[] Paths =
        [Extensions.HealthEndpointPath, Extensions.AlivenessEndpointPath, Extensions.MetricsEndpointPath, XdtPaths.Freshness,
            XdtPaths.Status, XdtPaths.Console, PrometheusAlertsPath, PrometheusRangePath];

    public static bool IsOperational(string? path) =>
        path is not null && Paths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase));
}
