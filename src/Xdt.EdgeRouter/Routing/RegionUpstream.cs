using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// A region the edge can send shoppers to, and its storefront's direct base address; <see cref="Replicator"/> is the
/// region's replicator, when the edge was given it, for operators cutting the region off from Kafka through the edge.
/// </summary>
public sealed record RegionUpstream(Region Region, Uri Storefront, Uri? Replicator = null)
{
    public string Name => Region.Name;
}
