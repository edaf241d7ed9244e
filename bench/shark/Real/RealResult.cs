using Xdt.Bench.Shark.Simulation;

namespace Xdt.Bench.Shark.Real;

/// <summary>What the real crowd met. TTFB in milliseconds from each page's scheduled time.</summary>
/// <param name="Arrivals">New shoppers per second, asked for (scheduled) and achieved (first page actually sent).</param>
/// <param name="Pages">Pages per second, asked for and achieved, likewise.</param>
/// <param name="LatenessMs">How late pages left the client after their scheduled time: p50, p99, max.</param>
/// <param name="Dropped">Pages a session would still have visited after the run's end (not sent).</param>
/// <param name="ScaleOuts">Rises of a region's live storefront instances seen at the edge during the crowd, over all regions.</param>
/// <param name="Service">The storefronts' own time per page from Server-Timing (db + render): p50, p95, mean, pages.</param>
/// <param name="OverheadMs">TTFB minus the modelled round trip minus the storefront's time, over the same pages: p50, p95, mean.</param>
/// <param name="InstanceStartSeconds">Each scale-out's time from the edge wanting the instance to the edge forwarding to it (1 s readings).</param>
public sealed record RealResult(
    int Shoppers, long Requests, long Errors, IReadOnlyDictionary<string, long> ErrorKinds, double P50, double P95, double P99,
    double OverflowShare, RateFigures Arrivals, RateFigures Pages, (double P50, double P99, double Max) LatenessMs, long Dropped,
    (double P50, double P95, double Mean, long Count) Service, IReadOnlyList<RealRegionResult> Regions, ChartSeries Series,
    int ScaleOuts, (double P50, double P95, double Mean) OverheadMs, IReadOnlyList<double> InstanceStartSeconds);
