using Xdt.Bench.Shark.Simulation;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;
using Xdt.Tests.EdgeRouter;

namespace Xdt.Tests.Bench;

/// <summary>The simulated region as the production selector sees it: limits per live instance.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class SimRegionTests
{
    [Fact]
    public void Snapshot_AboveSoftLimitOfLiveInstances_SelectorSpills_AndScaleOutRelaxesIt()
    {
        var ohio = new SimRegion(Regions.Ohio, 0, instances: 2, workersPerInstance: 2, perInstance: new RegionCapacity(3, 6), autoscaler: null);
        for (var i = 0; i < 9; i++)
        {
            ohio.EnterFlight(0); // 9 in flight: soft limit 6, hard 12 with two instances
        }

        var virginia = new SimRegion(Regions.Virginia, 1, 2, 2, new RegionCapacity(3, 6), null);
        RegionSnapshot[] World() => [ohio.Snapshot(), virginia.Snapshot()];
        var shopper = new RoutingRequest(ClientCities.Ohio.Location, "ohio#1", StickyRegion: null, RoutingRequest.NoneExcluded);

        var hot = RoutingFixtures.Selector(new ScriptedRandom(0.4)).Select(shopper, RoutingPolicy.Empty, World());
        ohio.StartInstance(1);
        ohio.StartInstance(2);
        var starting = RoutingFixtures.Selector(new ScriptedRandom(0.4)).Select(shopper, RoutingPolicy.Empty, World());
        Assert.True(ohio.InstanceReady(1) && ohio.InstanceReady(2));
        var scaled = RoutingFixtures.Selector(new ScriptedRandom()).Select(shopper, RoutingPolicy.Empty, World());

        Assert.Equal(("virginia", RouteTags.Overflow), (hot!.Region.Name, hot.Route));
        Assert.Equal(RouteTags.Overflow, starting!.Route); // instances still starting add no capacity
        Assert.Equal(("ohio", RouteTags.Nearest), (scaled!.Region.Name, scaled.Route));
    }

    [Fact]
    public void StopInstances_CancelsStartingBeforeStoppingLiveOnes()
    {
        var region = new SimRegion(Regions.Ohio, 0, instances: 3, workersPerInstance: 2, perInstance: null, autoscaler: null);
        region.StartInstance(1);
        region.StartInstance(2);

        region.StopInstances(3);

        Assert.Equal((2, 0), (region.Ready, region.Starting));
        Assert.False(region.InstanceReady(2));
    }

    [Fact]
    public void Snapshot_WithoutOverflow_NeverSpills()
    {
        var region = new SimRegion(Regions.Ohio, 0, instances: 1, workersPerInstance: 2, perInstance: null, autoscaler: null);
        for (var i = 0; i < 10_000; i++)
        {
            region.EnterFlight(0);
        }

        Assert.Equal(0.0, region.Snapshot().OverflowShare);
    }
}
