using Xdt.EdgeRouter.Location;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>
/// Per-request facts the response needs: where the shopper is, where the request went and why, and the clock
/// readings that separate the edge's own time from upstream time and simulated distance.
/// </summary>
public sealed class EdgeRequestState(ClientLocation location, TimeProvider time)
{
    private readonly long _startedAt = time.GetTimestamp();
    private long _upstreamStartedAt;

    public ClientLocation Location => location;

    public string? Region { get; private set; }

    public string? Route { get; private set; }

    /// <summary>Modelled one-way delay to add in each direction; zero unless latency simulation is on.</summary>
    public TimeSpan SimulatedOneWay { get; private set; }

    public TimeSpan Simulated { get; private set; }

    public TimeSpan Upstream { get; private set; }

    /// <summary>The shopper should keep coming back to the region that served it (storefront traffic only).</summary>
    public bool Sticky { get; set; }

    /// <summary>Another region could take this request if the upstream answers 502/503/504 (set per attempt).</summary>
    public bool RetryIfUnavailable { get; set; }

    /// <summary>The status of an upstream answer that was held back so the request could move to another region.</summary>
    public int? HeldBackStatus { get; set; }

    /// <summary>An upstream answered (its response headers arrived), as opposed to an edge-made response.</summary>
    public bool Answered { get; private set; }

    public void RouteTo(RoutingDecision decision, TimeSpan simulatedOneWay) =>
        (Region, Route, SimulatedOneWay) = (decision.Region.Name, decision.Route, simulatedOneWay);

    /// <summary>Waits the simulated one-way delay and books the time actually waited.</summary>
    public async Task SimulateOneWayAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        await Task.Delay(SimulatedOneWay, time, cancellationToken);
        Simulated += time.GetElapsedTime(started);
    }

    public void UpstreamStarted() => _upstreamStartedAt = time.GetTimestamp();

    public void UpstreamAnswered()
    {
        Upstream += time.GetElapsedTime(_upstreamStartedAt);
        Answered = true;
    }

    /// <summary>Time since the request reached the edge.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(_startedAt);

    /// <summary>The edge's own milliseconds: everything except waiting for the upstream and simulated distance.</summary>
    public double EdgeMilliseconds =>
        Math.Max(0, (time.GetElapsedTime(_startedAt) - Upstream - Simulated).TotalMilliseconds);
}
