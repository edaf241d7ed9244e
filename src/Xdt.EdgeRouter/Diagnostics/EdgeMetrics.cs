using System.Diagnostics.Metrics;

namespace Xdt.EdgeRouter.Diagnostics;

/// <summary>Meter <c>Xdt.EdgeRouter</c>: requests by region and route, retries, withdrawals, shed requests.</summary>
public sealed class EdgeMetrics
{
    public const string MeterName = "Xdt.EdgeRouter";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _withdrawals;
    private readonly Counter<long> _rateLimited;

    public EdgeMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
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
