using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>The shopper side of a routing decision.</summary>
/// <param name="Location">Where the shopper is.</param>
/// <param name="ClientKey">Stable identity for sticky splits: the source address.</param>
/// <param name="StickyRegion">The region that served this shopper before (cookie), so overflow moves only new shoppers.</param>
/// <param name="Excluded">Regions that already failed this request.</param>
public sealed record RoutingRequest(GeoPoint Location, string ClientKey, string? StickyRegion, IReadOnlySet<string> Excluded)
{
    public static IReadOnlySet<string> NoneExcluded { get; } = new HashSet<string>();
}
