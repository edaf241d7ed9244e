using Xdt.EdgeRouter.Routing;
using Xdt.Geography;
using static Xdt.Tests.EdgeRouter.RoutingFixtures;

namespace Xdt.Tests.EdgeRouter.Routing;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RegionSelectorTests
{
    [Theory]
    [InlineData("berlin", "frankfurt")]
    [InlineData("london", "frankfurt")]
    [InlineData("chicago", "ohio")]
    [InlineData("newyork", "virginia")]
    [InlineData("tokyo", "shanghai")]
    [InlineData("singapore", "hongkong")]
    [InlineData("auckland", "sydney")]
    [InlineData("buenosaires", "saopaulo")]
    public void Select_AllUp_PicksNearestRegion(string city, string expected)
    {
        var decision = Selector().Select(From(ClientCities.Get(city)), RoutingPolicy.Empty, AllUp());

        Assert.Equal(expected, decision!.Region.Name);
        Assert.Equal(RouteTags.Nearest, decision.Route);
    }

    [Fact]
    public void Select_HigherPreference_WinsBeforeDistance()
    {
        var policy = RoutingPolicy.Empty with { Preferences = RoutingPolicy.Empty.Preferences.SetItem("virginia", 200) };

        var decision = Selector().Select(From(ClientCities.Berlin), policy, AllUp());

        Assert.Equal("virginia", decision!.Region.Name);
        Assert.Equal(RouteTags.Nearest, decision.Route);
    }

    [Fact]
    public void Select_LowerPreference_LosesEvenWhenNearest()
    {
        var policy = RoutingPolicy.Empty with { Preferences = RoutingPolicy.Empty.Preferences.SetItem("frankfurt", 50) };
        // Frankfurt's shoppers go where they would go if frankfurt were not there at all: the nearest of the rest.
        var withoutFrankfurt = Selector().Select(From(ClientCities.Frankfurt), RoutingPolicy.Empty, AllUp().With(Regions.Frankfurt, available: false))!;

        var decision = Selector().Select(From(ClientCities.Frankfurt), policy, AllUp())!;

        Assert.NotEqual("frankfurt", withoutFrankfurt.Region.Name);
        Assert.Equal(withoutFrankfurt.Region.Name, decision.Region.Name);
    }

    [Fact]
    public void Select_PenaltyLargerThanTheGap_MovesShoppersToTheNextRegion()
    {
        // Chicago → ohio ≈ 6 ms, → toronto ≈ 10 ms, → virginia ≈ 12 ms.
        var small = RoutingPolicy.Empty with { PenaltiesMs = RoutingPolicy.Empty.PenaltiesMs.SetItem("ohio", 2) };
        var large = RoutingPolicy.Empty with { PenaltiesMs = RoutingPolicy.Empty.PenaltiesMs.SetItem("ohio", 50) };

        Assert.Equal("ohio", Selector().Select(From(ClientCities.Chicago), small, AllUp())!.Region.Name);
        Assert.Equal("toronto", Selector().Select(From(ClientCities.Chicago), large, AllUp())!.Region.Name);
    }

    [Fact]
    public void Select_NearestWithdrawn_FailsOverToNextNearest()
    {
        var world = AllUp().With(Regions.Frankfurt, available: false);

        var decision = Selector().Select(From(ClientCities.Berlin), RoutingPolicy.Empty, world);

        Assert.Equal(RouteTags.Failover, decision!.Route);
        var ranked = Selector().Rank(ClientCities.Berlin.Location, RoutingPolicy.Empty, Regions.All);
        Assert.Equal(ranked[1].Region, decision.Region);
    }

    [Fact]
    public void Select_ExcludedAfterFailedAttempt_GoesToNextNearest()
    {
        var request = From(ClientCities.Chicago) with { Excluded = new HashSet<string> { "ohio" } };

        var decision = Selector().Select(request, RoutingPolicy.Empty, AllUp());

        Assert.Equal("toronto", decision!.Region.Name);
        Assert.Equal(RouteTags.Failover, decision.Route);
    }

    [Fact]
    public void Select_NothingAnnounced_TriesNearestAnyway()
    {
        var world = AllUp(Regions.Beijing, Regions.Frankfurt)
            .With(Regions.Beijing, available: false).With(Regions.Frankfurt, available: false);

        Assert.Equal("frankfurt", Selector().Select(From(ClientCities.Paris), RoutingPolicy.Empty, world)!.Region.Name);
    }

    [Fact]
    public void Select_Centralized_SendsEveryoneToCore()
    {
        var policy = RoutingPolicy.Empty with { Centralized = true };

        Assert.All(ClientCities.All, city =>
        {
            var decision = Selector().Select(From(city), policy, AllUp())!;
            Assert.Equal(Regions.Core, decision.Region);
            Assert.Equal(RouteTags.Core, decision.Route);
        });
    }

    [Fact]
    public void Select_CentralizedWithCoreDown_FallsBackToNearest()
    {
        var policy = RoutingPolicy.Empty with { Centralized = true };
        var world = AllUp().With(Regions.Beijing, available: false);

        Assert.Equal("frankfurt", Selector().Select(From(ClientCities.Berlin), policy, world)!.Region.Name);
    }
}
