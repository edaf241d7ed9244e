using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>A region the edge can send shoppers to, and its storefront's direct base address.</summary>
public sealed record RegionUpstream(Region Region, Uri Storefront)
{
    public string Name => Region.Name;
}
