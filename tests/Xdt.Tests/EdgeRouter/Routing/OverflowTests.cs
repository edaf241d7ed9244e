using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;
using static Xdt.Tests.EdgeRouter.RoutingFixtures;

namespace Xdt.Tests.EdgeRouter.Routing;

[Trait(Tier.Name, Tier.Unit)]
public sealed class OverflowTests
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(10, 0.0)]
    [InlineData(12, 0.2)]
    [InlineData(15, 0.5)]
    [InlineData(19, 0.9)]
    [InlineData(20, 1.0)]
    [InlineData(35, 1.0)]
    public void OverflowShare_GrowsLinearlyFromSoftToHard(int inFlight, double expected)
    {
        Assert.Equal(expected, new RegionCapacity(10, 20).OverflowShare(inFlight), 6);
    }

    [Fact]
    public void Select_BelowSoftLimit_NoOverflowAndNoRandomnessUsed()
    {
        var random = new ScriptedRandom();
        var world = AllUp().With(Regions.Ohio, inFlight: 10);

        var decision = Selector(random).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, world);

        Assert.Equal("ohio", decision!.Region.Name);
        Assert.Equal(0, random.Used);
    }

    [Theory]
    [InlineData(15, 0.49, "virginia")]
    [InlineData(15, 0.51, "ohio")]
    [InlineData(18, 0.79, "virginia")]
    [InlineData(18, 0.81, "ohio")]
    public void Select_BetweenSoftAndHard_ShareOfNewShoppersOverflowsToNextNearest(int inFlight, double draw, string expected)
    {
        var world = AllUp().With(Regions.Ohio, inFlight: inFlight);

        var decision = Selector(new ScriptedRandom(draw)).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, world);

        Assert.Equal(expected, decision!.Region.Name);
        Assert.Equal(expected == "ohio" ? RouteTags.Nearest : RouteTags.Overflow, decision.Route);
    }

    [Fact]
    public void Select_AtHardLimit_EveryNewShopperOverflows()
    {
        var world = AllUp().With(Regions.Ohio, inFlight: 20);

        Assert.Equal("virginia", Selector(new ScriptedRandom(0.999)).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, world)!.Region.Name);
    }

    [Fact]
    public void Select_LoadFallsBack_OverflowRelaxes()
    {
        var hot = AllUp().With(Regions.Ohio, inFlight: 20);
        var cooled = hot.With(Regions.Ohio, inFlight: 5);

        Assert.Equal(RouteTags.Overflow, Selector(new ScriptedRandom(0.5)).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, hot)!.Route);
        Assert.Equal(RouteTags.Nearest, Selector(new ScriptedRandom(0.0)).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, cooled)!.Route);
    }

    [Fact]
    public void Select_ExistingShopperOfTheBusyRegion_Stays()
    {
        var world = AllUp().With(Regions.Ohio, inFlight: 19);

        var decision = Selector().Select(From(ClientCities.Ohio, sticky: "ohio"), RoutingPolicy.Empty, world);

        Assert.Equal("ohio", decision!.Region.Name);
    }

    [Fact]
    public void Select_ShopperOverflowedBefore_StaysOnTheOverflowRegionWhileBusy()
    {
        var world = AllUp().With(Regions.Ohio, inFlight: 11);

        var decision = Selector().Select(From(ClientCities.Ohio, sticky: "virginia"), RoutingPolicy.Empty, world);

        Assert.Equal("virginia", decision!.Region.Name);
        Assert.Equal(RouteTags.Overflow, decision.Route);
    }

    [Fact]
    public void Select_NextRegionAlsoFull_OverflowSkipsIt()
    {
        var world = AllUp().With(Regions.Ohio, inFlight: 20).With(Regions.Virginia, inFlight: 20);

        var decision = Selector(new ScriptedRandom(0.1)).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, world);

        Assert.Equal("toronto", decision!.Region.Name);
    }

    [Fact]
    public void Select_RegionScaledOut_LimitsGrowWithInstancesAndSpillRelaxes()
    {
        var perInstance = new RegionCapacity(10, 20);
        var busy = AllUp().With(Regions.Ohio, inFlight: 30);
        var scaled = busy.Select(s => s.Region == Regions.Ohio ? s with { Capacity = perInstance.ForInstances(3) } : s).ToArray();

        Assert.Equal(new RegionCapacity(30, 60), perInstance.ForInstances(3));
        Assert.Equal(perInstance, perInstance.ForInstances(1));
        Assert.Equal(RouteTags.Overflow, Selector(new ScriptedRandom(0.9)).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, busy)!.Route);
        Assert.Equal(RouteTags.Nearest, Selector(new ScriptedRandom()).Select(From(ClientCities.Ohio), RoutingPolicy.Empty, scaled)!.Route);
    }
}
