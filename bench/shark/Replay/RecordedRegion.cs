namespace Xdt.Bench.Shark.Replay;

/// <summary>One region's measured figures; TTFB in milliseconds from each page's scheduled time.</summary>
/// <param name="Shoppers">Shoppers whose first page this region answered.</param>
/// <param name="Requests">Pages this region answered (or, unanswered, whose shopper was nearest to it).</param>
/// <param name="OverflowOut">Share of the requests of shoppers nearest to this region that the edge sent elsewhere.</param>
/// <param name="MaxInstances">The most live storefront instances the edge forwarded to.</param>
/// <param name="InstancesAtStart">Live instances as the crowd began: the warm-up before it may already have scaled the region out.</param>
public sealed record RecordedRegion(
    string Region, int Shoppers, long Requests, long Errors, double TtfbP50Ms, double TtfbP95Ms, double TtfbP99Ms, double OverflowOut, int MaxInstances, int InstancesAtStart);
