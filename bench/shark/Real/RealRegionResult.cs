namespace Xdt.Bench.Shark.Real;

/// <summary>One region's measured figures. Latencies are TTFB in milliseconds of the pages it answered, from their scheduled time.</summary>
/// <param name="Shoppers">Shoppers whose first page this region answered.</param>
/// <param name="Errors">Failed pages, counted where they were answered (or, unanswered, at the shopper's nearest region).</param>
/// <param name="OverflowOut">Share of the requests of shoppers nearest to this region that the edge sent elsewhere as overflow.</param>
/// <param name="OverflowTo">Where those went, most first, with their share of this region's overflow.</param>
/// <param name="MaxInstances">The most live storefront instances the edge forwarded to during the crowd.</param>
/// <param name="InstancesAtStart">Live instances as the crowd began (the warm-up may have scaled a region out already).</param>
/// <param name="ServiceP50">The storefront's own time (Server-Timing db + render), median, in milliseconds.</param>
public sealed record RealRegionResult(
    string Region, int Shoppers, long Requests, double P50, double P95, double P99, long Errors,
    double OverflowOut, IReadOnlyList<(string Region, double Share)> OverflowTo, double ServiceP50, double ServiceP95, int MaxInstances, int InstancesAtStart);
