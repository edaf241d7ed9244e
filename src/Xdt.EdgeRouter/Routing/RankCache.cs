using System.Collections.Concurrent;
using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// Rankings already computed, by shopper location. A ranking depends only on the location, the policy (immutable, swapped
/// whole on every operator change) and the regions (the topology's, fixed for the router's life), so it is kept until the
/// policy or the region list changes; then a new generation starts empty. Without it every shopper request computed
/// nine great-circle distances and sorted them several times over: a tenth of the router's CPU under load (perf,
/// 2026-11-28). Locations come from a table of cities, but a trusted caller may claim any "lat,lon", so the number of
/// locations kept is bounded; past the bound a ranking is computed each time, as before.
/// </summary>
public sealed class RankCache(Func<GeoPoint, RoutingPolicy, IReadOnlyList<RegionSnapshot>, RankedRegion[]> rank)
{
    public const int MaxLocations = 4096;

    private Generation? _current;

    /// <summary>The ranking for <paramref name="client"/>, from the cache or computed now. The array is shared: never change it.</summary>
    public RankedRegion[] GetOrAdd(GeoPoint client, RoutingPolicy policy, IReadOnlyList<RegionSnapshot> world)
    {
        var generation = Volatile.Read(ref _current);
        if (generation is null || !generation.Matches(policy, world))
        {
            generation = new Generation(policy, world.Select(w => w.Region).ToArray());
            Volatile.Write(ref _current, generation);
        }

        if (generation.ByLocation.TryGetValue(client, out var ranked))
        {
            return ranked;
        }

        ranked = rank(client, policy, world);
        if (Interlocked.Increment(ref generation.Stored) <= MaxLocations)
        {
            generation.ByLocation.TryAdd(client, ranked);
        }

        return ranked;
    }

    private sealed class Generation(RoutingPolicy policy, Region[] regions)
    {
        public readonly ConcurrentDictionary<GeoPoint, RankedRegion[]> ByLocation = new();
        public int Stored;

        public bool Matches(RoutingPolicy other, IReadOnlyList<RegionSnapshot> world)
        {
            if (!ReferenceEquals(policy, other) || world.Count != regions.Length)
            {
                return false;
            }

            for (var i = 0; i < regions.Length; i++)
            {
                if (!ReferenceEquals(world[i].Region, regions[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
