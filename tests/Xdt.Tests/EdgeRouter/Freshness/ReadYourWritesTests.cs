using Xdt.EdgeRouter.Freshness;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Freshness;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ReadYourWritesTests
{
    private const ulong Bookmark = 0x1000;

    // A Berlin shopper: frankfurt first, then the far regions, beijing somewhere among them.
    private static readonly IReadOnlyList<RankedRegion> Usable =
        RoutingFixtures.Selector().Rank(ClientCities.Berlin.Location, RoutingPolicy.Empty, Regions.All);

    private static Func<string, ulong?> Lsns(params (Region Region, ulong Lsn)[] lsns) =>
        name => lsns.FirstOrDefault(l => l.Region.Name == name).Lsn;

    [Fact]
    public void Choose_NearestHasTheWrite_NearestWithoutWaiting()
    {
        var decision = ReadYourWrites.Choose(Usable, Bookmark, Lsns((Regions.Frankfurt, Bookmark)), waited: false, waitExpired: false);

        Assert.Equal(Regions.Frankfurt, decision!.Region);
        Assert.Equal(RouteTags.Nearest, decision.Route);
    }

    [Fact]
    public void Choose_OnlyAFartherRegionHasTheWrite_NearestFreshOne()
    {
        var decision = ReadYourWrites.Choose(
            Usable, Bookmark, Lsns((Regions.Frankfurt, Bookmark - 1), (Regions.Toronto, Bookmark + 5), (Regions.Sydney, Bookmark)),
            waited: false, waitExpired: false);

        Assert.Equal(Regions.Toronto, decision!.Region);
        Assert.Equal(RouteTags.FreshWait, decision.Route);
    }

    [Fact]
    public void Choose_NoRegionHasTheWrite_Waits()
    {
        Assert.Null(ReadYourWrites.Choose(Usable, Bookmark, Lsns((Regions.Frankfurt, 1)), waited: false, waitExpired: false));
    }

    [Fact]
    public void Choose_NearestCaughtUpWhileWaiting_FreshWait()
    {
        var decision = ReadYourWrites.Choose(Usable, Bookmark, Lsns((Regions.Frankfurt, Bookmark)), waited: true, waitExpired: false);

        Assert.Equal(Regions.Frankfurt, decision!.Region);
        Assert.Equal(RouteTags.FreshWait, decision.Route);
    }

    [Fact]
    public void Choose_WaitExpiredAndNobodyFresh_Core()
    {
        var decision = ReadYourWrites.Choose(Usable, Bookmark, Lsns(), waited: true, waitExpired: true);

        Assert.Equal(Regions.Core, decision!.Region);
        Assert.Equal(RouteTags.Core, decision.Route);
    }
}
