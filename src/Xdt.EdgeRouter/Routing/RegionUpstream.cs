using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// A region the edge can send shoppers to, and every storefront instance declared for it. The first is the region's
/// anchor: always started, its probes decide the region's announcement, and it serves the region's freshness. The
/// others exist while the autoscaler wants them; one that is not running is simply not live. <see cref="Replicator"/>
/// is the region's replicator, when the edge was given it, for operators cutting the region off from Kafka through the edge.
/// </summary>
public sealed record RegionUpstream(Region Region, IReadOnlyList<StorefrontInstance> Instances, Uri? Replicator = null)
{
    /// <summary>A region with one storefront, named as the app host names a region's first instance.</summary>
    public RegionUpstream(Region region, Uri storefront, Uri? replicator = null)
        : this(region, [new StorefrontInstance(AnchorName(region), storefront)], replicator)
    {
    }

    public string Name => Region.Name;

    /// <summary>The anchor instance's base address.</summary>
    public Uri Storefront => Instances[0].Url;

    public bool IsAnchor(StorefrontInstance instance) => instance == Instances[0];

    /// <summary>The resource name of a region's n-th storefront instance (1-based): <c>storefront-{region}</c>, then <c>storefront-{region}-{n}</c>.</summary>
    public static string InstanceName(Region region, int n) => n <= 1 ? AnchorName(region) : $"{AnchorName(region)}-{n}";

    private static string AnchorName(Region region) => $"storefront-{region.Name}";
}
