namespace Xdt.Bench.Shark.Simulation;

/// <summary>One region's figures in one front. Latencies are TTFB in milliseconds of the pages it served.</summary>
/// <param name="Shoppers">Shoppers whose first page this region served.</param>
/// <param name="OverflowOut">Share of the requests of shoppers nearest to this region that overflowed elsewhere.</param>
/// <param name="OverflowMostlyTo">Where most of them went.</param>
/// <param name="ScaledAfterSeconds">From the crowd's start until its last scale-out was taking requests; null if it never scaled out.</param>
public sealed record RegionResult(
    string Region, int Shoppers, long Requests, double P50, double P95, double P99, long Errors, int PeakQueue,
    double OverflowOut, string? OverflowMostlyTo, int InstancesAtStart, int InstancesPeak, double? ScaledAfterSeconds);
