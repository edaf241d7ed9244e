using Xdt.EdgeRouter.Diagnostics;
using Xdt.EdgeRouter.Limits;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;
using Yarp.ReverseProxy.Forwarder;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>
/// <c>/admin/...</c> goes unchanged to the admin at the core site (writes must reach the primary; there is no other
/// region to retry on). The admin's <c>xdt-bookmark</c> cookie passes back to the shopper untouched.
/// </summary>
public sealed class AdminForwarder(
    EdgeEntry entry, EdgeTopology topology, EdgeRateLimiter limiter, RegionForwarder forwarder, RegionSelector selector,
    RoutingPolicyStore policies, EdgeMetrics metrics)
{
    public async Task HandleAsync(HttpContext context)
    {
        var state = entry.Begin(context, EdgeEntry.AdminHandler);
        var rtt = selector.Model.RttMs(state.Location.Point, Regions.Core.Location);
        var decision = new RoutingDecision(Regions.Core, RouteTags.Core, rtt);
        var oneWay = policies.Current.LatencySimulation ? TimeSpan.FromMilliseconds(rtt / 2) : TimeSpan.Zero;
        state.RouteTo(decision, oneWay);
        if (topology.Admin is null)
        {
            await EdgeProblems.NoRegionAsync(context);
            return;
        }

        var verdict = limiter.TryAcquire(EdgeEntry.ClientKey(context), Regions.Core.Name);
        if (!verdict.Allowed)
        {
            metrics.RateLimited(Regions.Core.Name, verdict.Limiter!);
            await EdgeProblems.RateLimitedAsync(context, verdict);
            return;
        }

        if (await forwarder.ForwardAsync(context, state, topology.Admin, countLoad: false) == ForwarderError.None)
        {
            metrics.Forwarded(Regions.Core.Name, RouteTags.Core);
        }
    }
}
