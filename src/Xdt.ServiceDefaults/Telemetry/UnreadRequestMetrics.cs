using OpenTelemetry.Metrics;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Framework instruments that are updated on every request yet read by no alert, rule or dashboard here: requests in
/// flight (up and down on each request, server and client side), client connections by state (each request moves its
/// connection from idle to active and back), the time a client request queued for a connection, and route-match
/// attempts. A dropped instrument is not listened to at all, so it costs nothing. perf of the edge router under load
/// put measurement recording at 5 % of its CPU, most of it these (2026-11-28). Request durations stay: the storefront
/// SLI and the dashboard read them, and the edge's own <c>xdt.edge.in_flight</c> says what is in flight per region.
/// </summary>
public static class UnreadRequestMetrics
{
    public static readonly string[] Dropped =
    [
        "http.server.active_requests",
        "http.client.active_requests",
        "http.client.open_connections",
        "http.client.request.time_in_queue",
        "aspnetcore.routing.match_attempts",
    ];

    public static MeterProviderBuilder DropUnreadRequestMetrics(this MeterProviderBuilder metrics)
    {
        foreach (var instrument in Dropped)
        {
            metrics.AddView(instrument, MetricStreamConfiguration.Drop);
        }

        return metrics;
    }
}
