using Xdt.Geography;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>What the rest of the app host needs to know about one declared region.</summary>
public sealed record RegionSite(
    Region Region,
    IResourceBuilder<RegionResource> Group,
    IResourceBuilder<IResourceWithConnectionString> Replica,
    IResourceBuilder<ServiceResource> Replicator,
    IReadOnlyList<IResourceBuilder<ServiceResource>> Storefronts)
{
    /// <summary>The region's first storefront instance: always running, the one dashboard commands and Prometheus address.</summary>
    public IResourceBuilder<ServiceResource> Storefront => Storefronts[0];
}
