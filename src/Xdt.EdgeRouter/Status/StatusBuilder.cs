using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Alerts;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Freshness;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Status;

/// <summary>Gathers health, load, lag, policy, the autoscaler's recommendation and the firing alerts into one <see cref="EdgeStatus"/>.</summary>
public sealed class StatusBuilder(
    EdgeTopology topology, HealthBoard health, LoadTracker load, FreshnessBoard freshness, RoutingPolicyStore policies,
    RegionSelector selector, IOptions<OverflowOptions> overflow, IOptions<HealthOptions> healthOptions, AlertBoard alerts,
    ScalingBoard scaling, InstanceBoard instances, TimeProvider time)
{
    public EdgeStatus Build()
    {
        var policy = policies.Current;
        return new EdgeStatus(
            time.GetUtcNow(),
            policy.LatencySimulation,
            policy.Centralized,
            healthOptions.Value.HoldDown.TotalMilliseconds,
            selector.Model,
            topology.Regions.Select(r => Region(r, policy)).ToArray(),
            policy.Shifts.Values.OrderBy(s => s.From, StringComparer.Ordinal).ToArray(),
            alerts.Current);
    }

    public RegionStatus? Region(string name) =>
        topology.Find(name) is { } upstream ? Region(upstream, policies.Current) : null;

    private RegionStatus Region(RegionUpstream upstream, RoutingPolicy policy)
    {
        var h = health.Snapshot(upstream.Name);
        // The limits the selector applies now: one instance's, times the live instances.
        var capacity = overflow.Value.CapacityOf(upstream.Name).ForInstances(instances.LiveCount(upstream.Name));
        var inFlight = load.InFlight(upstream.Name);
        var lag = freshness.Get(upstream.Name) is { } s
            ? new RegionLag(s.AppliedLsnText, s.LagMs, s.LagEvents, s.LastHeartbeat, s.AsOf, s.ObservedAt,
                s.Rebuilding is null ? RegionLag.Replicating : RegionLag.Rebuilding, s.Rebuilding?.Progress, s.HeartbeatLagMs)
            : null;
        return new RegionStatus(
            upstream.Name, upstream.Region.DisplayName, upstream.Storefront.ToString(), HealthName(h.Availability), h.Reason,
            h.ChangedAt, inFlight, load.Entered(upstream.Name), capacity.Soft, capacity.Hard, capacity.OverflowShare(inFlight),
            policy.PreferenceOf(upstream.Name), policy.PenaltyMsOf(upstream.Name), lag, scaling.Status(upstream.Name));
    }

    public static string HealthName(RegionAvailability availability) => availability switch
    {
        RegionAvailability.Up => "up",
        RegionAvailability.HoldDown => "hold-down",
        RegionAvailability.Drained => "drained",
        _ => "withdrawn",
    };
}
