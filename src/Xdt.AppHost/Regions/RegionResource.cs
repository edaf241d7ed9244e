using Xdt.Geography;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A region as a node of the dashboard: the parent of its replica, replicator and storefront, so one region reads as
/// one tree. It runs nothing itself.
/// </summary>
public sealed class RegionResource(string name, Region region) : Resource(name)
{
    public Region Region { get; } = region;
}
