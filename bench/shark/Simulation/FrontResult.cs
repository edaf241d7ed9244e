namespace Xdt.Bench.Shark.Simulation;

/// <summary>What one front did with the crowd.</summary>
/// <param name="Within50">Shoppers all of whose pages arrived within 50 ms TTFB (a shopper who gave up is not).</param>
/// <param name="Errors">Pages a shopper gave up on (queued past the timeout); each such shopper left.</param>
/// <param name="OverflowShare">Share of all requests the edge marked <c>overflow</c>.</param>
/// <param name="ScaleOuts">Autoscaler decisions that added instances, over all regions.</param>
/// <param name="AllScaledAfterSeconds">From the crowd's start until every region that scaled out had its last new instance live.</param>
public sealed record FrontResult(
    Front Front, int Shoppers, long Requests, long Errors, int Within50, int Within100, double P50, double P95, double P99,
    double OverflowShare, int ScaleOuts, int ScaleIns, double? AllScaledAfterSeconds, IReadOnlyList<RegionResult> Regions, ChartSeries Series);
