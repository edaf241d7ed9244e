using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Overflow;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// Reads health and load of every active region into the immutable snapshots the selector decides on; a region's
/// limits are one instance's times its live instances.
/// </summary>
public sealed class RoutingWorld(
    EdgeTopology topology, HealthBoard health, LoadTracker load, InstanceBoard instances, IOptions<OverflowOptions> overflow)
{
    public IReadOnlyList<RegionSnapshot> Snapshot() =>
        topology.Regions
            .Select(r => new RegionSnapshot(
                r.Region,
                health.Snapshot(r.Name).IsAvailable,
                load.InFlight(r.Name),
                overflow.Value.CapacityOf(r.Name).ForInstances(instances.LiveCount(r.Name))))
            .ToArray();
}
