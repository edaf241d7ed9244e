using System.Collections.Immutable;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Routing;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RankCacheTests
{
    private static readonly GeoPoint Berlin = ClientCities.Berlin.Location;
    private readonly RegionSnapshot[] _world = RoutingFixtures.AllUp();
    private int _computed;

    [Fact]
    public void SameLocationPolicyAndRegions_IsRankedOnce()
    {
        var cache = Counting();

        var first = cache.GetOrAdd(Berlin, RoutingPolicy.Empty, _world);
        var again = cache.GetOrAdd(Berlin, RoutingPolicy.Empty, _world.With(Regions.Frankfurt, available: false));

        Assert.Same(first, again); // availability is not part of a ranking
        Assert.Equal(1, _computed);
        Assert.Equal("frankfurt", first[0].Name);
    }

    [Fact]
    public void NewPolicy_RanksAgain()
    {
        var cache = Counting();
        cache.GetOrAdd(Berlin, RoutingPolicy.Empty, _world);
        var penalised = RoutingPolicy.Empty with
        {
            PenaltiesMs = ImmutableDictionary.Create<string, double>(StringComparer.OrdinalIgnoreCase).Add("frankfurt", 500),
        };

        var ranked = cache.GetOrAdd(Berlin, penalised, _world);

        Assert.Equal(2, _computed);
        Assert.NotEqual("frankfurt", ranked[0].Name);
    }

    [Fact]
    public void DifferentRegions_RankAgain()
    {
        var cache = Counting();
        cache.GetOrAdd(Berlin, RoutingPolicy.Empty, _world);

        var ranked = cache.GetOrAdd(Berlin, RoutingPolicy.Empty, RoutingFixtures.AllUp(Regions.Ohio, Regions.Sydney));

        Assert.Equal(2, _computed);
        Assert.Equal(["ohio", "sydney"], ranked.Select(r => r.Name));
    }

    [Fact]
    public void PastTheBound_LocationsAreRankedEachTimeAndStillRight()
    {
        var cache = Counting();
        for (var i = 0; i < RankCache.MaxLocations; i++)
        {
            cache.GetOrAdd(new GeoPoint(-60 + i * 0.01, 0), RoutingPolicy.Empty, _world);
        }

        var once = cache.GetOrAdd(Berlin, RoutingPolicy.Empty, _world);
        var twice = cache.GetOrAdd(Berlin, RoutingPolicy.Empty, _world);

        Assert.Equal(RankCache.MaxLocations + 2, _computed);
        Assert.Equal(once.Select(r => r.Name), twice.Select(r => r.Name));
        Assert.Equal("frankfurt", twice[0].Name);
    }

    private RankCache Counting()
    {
        var selector = RoutingFixtures.Selector();
        return new RankCache((client, policy, world) =>
        {
            _computed++;
            return selector.Rank(client, policy, world.Select(w => w.Region)).ToArray();
        });
    }
}
