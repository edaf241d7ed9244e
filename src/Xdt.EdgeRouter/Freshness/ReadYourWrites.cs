using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>
/// The read-your-writes decision, pure: the nearest usable region whose applied LSN has reached the shopper's
/// bookmark; none yet → keep waiting (null) until the wait expires; then the core region, closest to the primary.
/// </summary>
public static class ReadYourWrites
{
    public static RoutingDecision? Choose(
        IReadOnlyList<RankedRegion> usable, ulong bookmark, Func<string, ulong?> appliedLsn, bool waited, bool waitExpired)
    {
        if (usable.Count == 0)
        {
            return null;
        }

        var fresh = usable.FirstOrDefault(r => appliedLsn(r.Name) >= bookmark);
        if (fresh is not null)
        {
            var route = fresh == usable[0] && !waited ? RouteTags.Nearest : RouteTags.FreshWait;
            return new RoutingDecision(fresh.Region, route, fresh.RttMs);
        }

        if (!waitExpired)
        {
            return null;
        }

        var core = usable.FirstOrDefault(r => r.Region == Regions.Core) ?? usable[0];
        return new RoutingDecision(core.Region, RouteTags.Core, core.RttMs);
    }
}
