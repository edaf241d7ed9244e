using Xdt.EdgeRouter.Overflow;
using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// Best-path selection, the BGP way: among announced regions, highest preference wins, then lowest modelled RTT
/// plus penalty. Then an operator shift may move a sticky share of the winner's shoppers, and overflow may move
/// new shoppers to the next best region when the winner is above its soft capacity. Pure: everything it depends
/// on arrives as arguments or injected randomness.
/// </summary>
public sealed class RegionSelector(NetworkModel model, IRandomSource random, string shiftSalt)
{
    private readonly RankCache _ranks = new((client, policy, world) => Ranked(model, client, policy, world.Select(w => w.Region)));

    public NetworkModel Model => model;

    public IReadOnlyList<RankedRegion> Rank(GeoPoint client, RoutingPolicy policy, IEnumerable<Region> regions) =>
        Ranked(model, client, policy, regions);

    private static RankedRegion[] Ranked(NetworkModel model, GeoPoint client, RoutingPolicy policy, IEnumerable<Region> regions) =>
        regions
            .Select(r => new RankedRegion(r, policy.PreferenceOf(r.Name), model.RttMs(client, r.Location), policy.PenaltyMsOf(r.Name)))
            .OrderByDescending(r => r.Preference)
            .ThenBy(r => r.CostMs)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Announced regions in rank order, without the excluded ones. When none is announced every region is
    /// returned in rank order (panic mode): trying one that looks down beats refusing the shopper.
    /// </summary>
    public IReadOnlyList<RankedRegion> Usable(RoutingRequest request, RoutingPolicy policy, IReadOnlyList<RegionSnapshot> world)
    {
        var ranked = RankFor(request.Location, policy, world);
        var usable = ranked.Where(r => IsAvailable(world, r.Region) && !request.Excluded.Contains(r.Name)).ToArray();
        return usable.Length > 0 ? usable : ranked.Where(r => !request.Excluded.Contains(r.Name)).ToArray();
    }

    public RoutingDecision? Select(RoutingRequest request, RoutingPolicy policy, IReadOnlyList<RegionSnapshot> world)
    {
        var usable = Usable(request, policy, world);
        if (usable.Count == 0)
        {
            return null;
        }

        if (policy.Centralized && usable.FirstOrDefault(r => r.Region == Regions.Core) is { } core)
        {
            return new RoutingDecision(core.Region, RouteTags.Core, core.RttMs);
        }

        var ideal = RankFor(request.Location, policy, world)[0];
        var best = usable[0];
        var route = best.Region == ideal.Region ? RouteTags.Nearest : RouteTags.Failover;

        if (policy.Shifts.TryGetValue(best.Name, out var shift)
            && usable.FirstOrDefault(r => string.Equals(r.Name, shift.To, StringComparison.OrdinalIgnoreCase)) is { } target
            && target != best
            && StickyHash.InShare(request.ClientKey, shiftSalt, shift.Percent))
        {
            (best, route) = (target, RouteTags.Shifted);
        }

        if (Overflow(request, best, usable, world) is { } next)
        {
            (best, route) = (next, RouteTags.Overflow);
        }

        return new RoutingDecision(best.Region, route, best.RttMs);
    }

    private RankedRegion? Overflow(RoutingRequest request, RankedRegion best, IReadOnlyList<RankedRegion> usable, IReadOnlyList<RegionSnapshot> world)
    {
        var share = SnapshotOf(world, best).OverflowShare;
        if (share <= 0 || string.Equals(request.StickyRegion, best.Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var next = usable.FirstOrDefault(r => r != best && SnapshotOf(world, r).OverflowShare < 1.0);
        if (next is null)
        {
            return null;
        }

        // A shopper overflowed earlier stays where it landed; only new shoppers draw.
        var stayed = string.Equals(request.StickyRegion, next.Name, StringComparison.OrdinalIgnoreCase);
        return stayed || random.NextDouble() < share ? next : null;
    }

    /// <summary>The world's regions ranked for a location: cached, since every shopper request asks several times.</summary>
    private RankedRegion[] RankFor(GeoPoint client, RoutingPolicy policy, IReadOnlyList<RegionSnapshot> world) =>
        _ranks.GetOrAdd(client, policy, world);

    private static bool IsAvailable(IReadOnlyList<RegionSnapshot> world, Region region)
    {
        foreach (var snapshot in world)
        {
            if (string.Equals(snapshot.Region.Name, region.Name, StringComparison.OrdinalIgnoreCase))
            {
                return snapshot.Available;
            }
        }

        return false;
    }

    private static RegionSnapshot SnapshotOf(IReadOnlyList<RegionSnapshot> world, RankedRegion region) =>
        world.First(w => w.Region == region.Region);
}
