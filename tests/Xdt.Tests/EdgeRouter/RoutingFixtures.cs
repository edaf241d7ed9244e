using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter;

/// <summary>Snapshots and requests for selector tests.</summary>
public static class RoutingFixtures
{
    public static readonly RegionCapacity Capacity = new(10, 20);

    public static RegionSnapshot[] AllUp(params Region[] regions) =>
        (regions.Length == 0 ? Regions.All : regions).Select(r => new RegionSnapshot(r, true, 0, Capacity)).ToArray();

    public static RegionSnapshot[] With(this RegionSnapshot[] world, Region region, bool? available = null, int? inFlight = null) =>
        world.Select(s => s.Region == region
            ? s with { Available = available ?? s.Available, InFlight = inFlight ?? s.InFlight }
            : s).ToArray();

    public static RoutingRequest From(ClientCity city, string? clientKey = null, string? sticky = null) =>
        new(city.Location, clientKey ?? city.ClientAddress().ToString(), sticky, RoutingRequest.NoneExcluded);

    public static RegionSelector Selector(IRandomSource? random = null) =>
        new(NetworkModel.Default, random ?? new ScriptedRandom(), "test-salt");
}
