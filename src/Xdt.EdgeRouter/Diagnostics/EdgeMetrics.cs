using System.Diagnostics.Metrics;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Limits;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Diagnostics;

/// <summary>
/// Meter <c>Xdt.EdgeRouter</c>: requests by region and route, time to first byte, retries, withdrawals, shed requests,
/// load, the autoscaler's desired instances, its decisions and the live instances. Every instrument is tagged with the region the request went to (not the edge's own), so Prometheus keeps the
/// tag over the edge target's label (<c>honor_labels</c>).
/// </summary>
public sealed class EdgeMetrics
{
    public const string MeterName = "Xdt.EdgeRouter";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _withdrawals;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _scalingDecisions;
    private readonly Histogram<double> _firstByte;

    public EdgeMetrics(IMeterFactory meterFactory, LoadTracker load, EdgeTopology topology, ScalingBoard scaling, InstanceBoard instances)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(
            "xdt.edge.in_flight",
            () => topology.Regions.Select(r => new Measurement<int>(load.InFlight(r.Name), new KeyValuePair<string, object?>("region", r.Name))),
            "{request}",
            "Requests in flight through the edge, per region.");
        meter.CreateObservableGauge(
            "xdt.edge.autoscaler.desired_instances",
            () => topology.Regions.Select(r => new Measurement<int>(scaling.DesiredOf(r.Name), new KeyValuePair<string, object?>("region", r.Name))),
            "{instance}",
            "Storefront instances the region's autoscaler wants (the local app host starts and stops instances to match).");
        meter.CreateObservableGauge(
            "xdt.edge.storefront.live_instances",
            () => topology.Regions.Select(r => new Measurement<int>(instances.LiveCount(r.Name), new KeyValuePair<string, object?>("region", r.Name))),
            "{instance}",
            "Storefront instances of the region the edge forwards to (probed healthy).");
        _scalingDecisions = meter.CreateCounter<long>("xdt.edge.autoscaler.decisions", "{decision}",
            "Autoscaler decisions that changed a region's desired instances, by direction (up or down).");
        _requests = meter.CreateCounter<long>("xdt.edge.requests", "{request}", "Requests forwarded, by region and route.");
        _retries = meter.CreateCounter<long>("xdt.edge.retries", "{request}", "Idempotent requests retried on the next region.");
        _withdrawals = meter.CreateCounter<long>("xdt.edge.withdrawals", "{withdrawal}", "Regions withdrawn after failed probes or requests.");
        _rateLimited = meter.CreateCounter<long>("xdt.edge.rate_limited", "{request}", "Requests shed with 429, by limiter.");
        _firstByte = meter.CreateHistogram("xdt.edge.ttfb", "s",
            "Time to first byte as the shopper sees it from the edge: routing, simulated distance both ways and upstream time.",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = TtfbBuckets });

        // Exported from the start at zero, per region: Prometheus' rate() and increase() need a sample before the first
        // overflow, 429, retry or withdrawal, or the first one is never seen, and a dashboard shows "no data" for "none".
        foreach (var region in topology.Regions.Select(r => r.Name))
        {
            foreach (var route in RouteTags.All)
            {
                _requests.Add(0, new("region", region), new("route", route));
            }

            _rateLimited.Add(0, new("region", region), new("limiter", RateLimitVerdict.Client));
            _rateLimited.Add(0, new("region", region), new("limiter", RateLimitVerdict.Region));
            _retries.Add(0, new KeyValuePair<string, object?>("region", region));
            _withdrawals.Add(0, new KeyValuePair<string, object?>("region", region));
        }
    }

    /// <summary>Bucket bounds in seconds; they include the SLO thresholds (50 ms and 100 ms) so quantiles there are exact.</summary>
    public static IReadOnlyList<double> TtfbBuckets { get; } =
        [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <param name="handler"><c>storefront</c> or <c>admin</c>: which kind of upstream answered.</param>
    public void FirstByte(string region, string route, string handler, TimeSpan elapsed) =>
        _firstByte.Record(elapsed.TotalSeconds, new("region", region), new("route", route), new("handler", handler));

    public void Forwarded(string region, string route) =>
        _requests.Add(1, new("region", region), new("route", route));

    public void Retried(string failedRegion) => _retries.Add(1, new KeyValuePair<string, object?>("region", failedRegion));

    public void Withdrawn(string region) => _withdrawals.Add(1, new KeyValuePair<string, object?>("region", region));

    public void ScalingDecided(string region, string direction) =>
        _scalingDecisions.Add(1, new("region", region), new("direction", direction));

    public void RateLimited(string region, string limiter) =>
        _rateLimited.Add(1, new("region", region), new("limiter", limiter));
}
