using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Diagnostics;
using Xdt.EdgeRouter.Freshness;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Limits;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.HttpContract;
using Yarp.ReverseProxy.Forwarder;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>
/// Shopper traffic: locate, shed floods, choose a region (read-your-writes when a bookmark is present), forward,
/// and when a GET or HEAD cannot reach its region, mark the region suspect and try the next one before the
/// shopper sees anything. Inside the region the live instance with the fewest requests in flight takes it; an added
/// instance that cannot be reached (stopped by a scale-in) is dropped and the request tried on the region's next one.
/// </summary>
public sealed class StorefrontForwarder(
    EdgeEntry entry, EdgeTopology topology, RoutingWorld world, RegionSelector selector, RoutingPolicyStore policies,
    FreshRegionRouter fresh, FreshnessBoard freshness, EdgeRateLimiter limiter, RegionForwarder forwarder,
    HealthBoard health, InstanceBoard instances, EdgeMetrics metrics, ILogger<StorefrontForwarder> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var state = entry.Begin(context, EdgeEntry.StorefrontHandler);
        state.Sticky = true;
        var policy = policies.Current;
        var clientKey = EdgeEntry.ClientKey(context);
        var request = new RoutingRequest(
            state.Location.Point, clientKey, context.Request.Cookies[XdtCookies.EdgeRegion], RoutingRequest.NoneExcluded);
        var snapshot = world.Snapshot();
        var usable = selector.Usable(request, policy, snapshot);
        if (usable.Count == 0)
        {
            await EdgeProblems.NoRegionAsync(context);
            return;
        }

        var verdict = limiter.TryAcquire(clientKey, usable[0].Name);
        if (!verdict.Allowed)
        {
            state.RouteTo(new RoutingDecision(usable[0].Region, RouteTags.Nearest, usable[0].RttMs), TimeSpan.Zero);
            metrics.RateLimited(usable[0].Name, verdict.Limiter!);
            ForwardingLog.Shed(logger, context.Request.Path, clientKey, verdict.Limiter!, usable[0].Name);
            await EdgeProblems.RateLimitedAsync(context, verdict);
            return;
        }

        var decision = selector.Select(request, policy, snapshot);
        if (BookmarkReader.Read(context.Request) is { } bookmark && !policy.Centralized
            && !(freshness.AppliedLsn(decision!.Region.Name) >= bookmark))
        {
            // The usual choice has not applied the shopper's last write yet: read-your-writes decides instead.
            decision = await fresh.ChooseAsync(usable, bookmark, context.RequestAborted);
        }

        var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (decision is not null)
        {
            var region = decision.Region.Name;
            var oneWay = policy.LatencySimulation ? TimeSpan.FromMilliseconds(decision.RttMs / 2) : TimeSpan.Zero;
            state.RouteTo(decision, oneWay);
            excluded.Add(region);
            var next = RegionForwarder.CanRetry(context) ? selector.Select(request with { Excluded = excluded }, policy, world.Snapshot()) : null;
            state.RetryIfUnavailable = next is not null;
            state.HeldBackStatus = null;
            var upstream = topology.Find(region)!;
            var instance = instances.Pick(upstream);
            ForwarderError error;
            using (instances.Enter(instance))
            {
                error = await forwarder.ForwardAsync(context, state, instance.Url);
            }

            if (error == ForwarderError.None && state.HeldBackStatus is null)
            {
                metrics.Forwarded(region, decision.Route);
                return;
            }

            var failure = state.HeldBackStatus is { } status ? $"answered {status}" : error.ToString();
            if (error != ForwarderError.None)
            {
                if (!RegionForwarder.IsUnreachable(error))
                {
                    return;
                }

                instances.ReportFailure(instance, failure);
                if (!upstream.IsAnchor(instance) && RegionForwarder.CanRetry(context))
                {
                    // One added instance is gone, not the region: the same decision goes to the region's next live instance.
                    ForwardingLog.RetryingInstance(logger, context.Request.Method, context.Request.Path, instance.Name, failure);
                    RegionForwarder.ResetForRetry(context);
                    continue;
                }

                // The region could not be reached at all: withdraw it now rather than after the next probes.
                health.ReportPassiveFailure(region, failure);
            }

            if (next is null || !RegionForwarder.CanRetry(context))
            {
                ForwardingLog.Failed(logger, context.Request.Method, context.Request.Path, region, failure);
                if (!context.Response.HasStarted)
                {
                    RegionForwarder.ResetForRetry(context);
                    await EdgeProblems.UpstreamFailedAsync(context);
                }

                return;
            }

            ForwardingLog.Retrying(logger, context.Request.Method, context.Request.Path, region, failure);
            metrics.Retried(region);
            RegionForwarder.ResetForRetry(context);
            decision = next with { Route = RouteTags.Failover };
        }

        await EdgeProblems.UpstreamFailedAsync(context);
    }
}
