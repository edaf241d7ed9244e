using Xdt.EdgeRouter.Routing;
using Xdt.Geography;
using static Xdt.Tests.EdgeRouter.RoutingFixtures;

namespace Xdt.Tests.EdgeRouter.Routing;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ShiftTests
{
    private static readonly RoutingPolicy TenPercentOhioToVirginia = RoutingPolicy.Empty with
    {
        Shifts = RoutingPolicy.Empty.Shifts.SetItem("ohio", new TrafficShift("ohio", "virginia", 10)),
    };

    private static IEnumerable<string> OhioClients() =>
        Enumerable.Range(1, 4000).Select(i => ClientCities.Ohio.Prefix.HostAddress((uint)i % 250 + 1).ToString() + ":" + i);

    [Fact]
    public void Select_TenPercentShift_MovesAboutTenPercentOfClients()
    {
        var shifted = OhioClients().Count(key =>
            Selector().Select(From(ClientCities.Ohio, key), TenPercentOhioToVirginia, AllUp())!.Route == RouteTags.Shifted);

        Assert.InRange(shifted / 4000.0, 0.08, 0.12);
    }

    [Fact]
    public void Select_Shift_IsStickyPerClient()
    {
        var selector = Selector();
        foreach (var key in OhioClients().Take(200))
        {
            var first = selector.Select(From(ClientCities.Ohio, key), TenPercentOhioToVirginia, AllUp())!;
            var again = selector.Select(From(ClientCities.Ohio, key), TenPercentOhioToVirginia, AllUp())!;
            Assert.Equal(first, again);
            Assert.Equal(first.Route == RouteTags.Shifted ? "virginia" : "ohio", first.Region.Name);
        }
    }

    [Fact]
    public void Select_RaisingTheShare_KeepsAlreadyShiftedClientsShifted()
    {
        var twenty = RoutingPolicy.Empty with
        {
            Shifts = RoutingPolicy.Empty.Shifts.SetItem("ohio", new TrafficShift("ohio", "virginia", 20)),
        };

        var clients = OhioClients().Take(500).ToList();
        var shiftedAtTen = clients.Where(key => IsShifted(key, TenPercentOhioToVirginia)).ToList();
        var shiftedAtTwenty = clients.Where(key => IsShifted(key, twenty)).ToList();

        Assert.NotEmpty(shiftedAtTen);
        Assert.Empty(shiftedAtTen.Except(shiftedAtTwenty));
        Assert.True(shiftedAtTwenty.Count > shiftedAtTen.Count, $"{shiftedAtTwenty.Count} shifted at 20 %, {shiftedAtTen.Count} at 10 %");

        static bool IsShifted(string key, RoutingPolicy policy) =>
            Selector().Select(From(ClientCities.Ohio, key), policy, AllUp())!.Route == RouteTags.Shifted;
    }

    [Fact]
    public void Select_ShiftTargetDown_ShiftIgnored()
    {
        var world = AllUp().With(Regions.Virginia, available: false);
        var all = RoutingPolicy.Empty with
        {
            Shifts = RoutingPolicy.Empty.Shifts.SetItem("ohio", new TrafficShift("ohio", "virginia", 100)),
        };

        Assert.Equal("ohio", Selector().Select(From(ClientCities.Ohio), all, world)!.Region.Name);
    }

    [Fact]
    public void Select_ShiftOfAnotherRegion_DoesNotTouchThisPopulation()
    {
        Assert.All(OhioClients().Take(100), key =>
            Assert.Equal("frankfurt", Selector().Select(From(ClientCities.Berlin, key), TenPercentOhioToVirginia, AllUp())!.Region.Name));
    }
}
