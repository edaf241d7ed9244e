using System.Diagnostics.Metrics;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Diagnostics;

/// <summary>Meter <c>Xdt.EdgeRouter</c>: requests by region and route, retries, withdrawals, shed requests, load.</summary>
public sealed class EdgeMetrics
{
    public const string MeterName = "Xdt.EdgeRouter";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _withdrawals;
    private readonly Counter<long> _rateLimited;

    public EdgeMetrics(IMeterFactory meterFactory, LoadTracker load, EdgeTopology topology)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(
            "xdt.edge.in_flight",
            () => topology.Regions.Select(r => new Measurement<int>(load.InFlight(r.Name), new KeyValuePair<string, object?>("region", r.Name))),
            "{request}",
            "Requests in flight through the edge, per region.");
        _requests = meter.CreateCounter<long>("xdt.edge.requests", "{request}", "Requests forwarded, by region and route.");
        _retries = meter.CreateCounter<long>("xdt.edge.retries", "{request}", "Idempotent requests retried on the next region.");
        _withdrawals = meter.CreateCounter<long>("xdt.edge.withdrawals", "{withdrawal}", "Regions withdrawn after failed probes or requests.");
        _rateLimited = meter.CreateCounter<long>("xdt.edge.rate_limited", "{request}", "Requests shed with 429, by limiter.");
    }

    public void Forwarded(string region, string route) =>
        _requests.Add(1, new("region", region), new("route", route));

    public void Retried(string failedRegion) => _retries.Add(1, new KeyValuePair<string, object?>("region", failedRegion));

    public void Withdrawn(string region) => _withdrawals.Add(1, new KeyValuePair<string, object?>("region", region));

    public void RateLimited(string region, string limiter) =>
        _rateLimited.Add(1, new("region", region), new("limiter", limiter));
}
