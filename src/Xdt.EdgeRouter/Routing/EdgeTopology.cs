using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// The active regions and where their storefront instances and the admin are, read once at start from the app host's
/// configuration: <c>Xdt:Regions</c> and the service-discovery keys <c>services:{resource}:http:0</c> — a region's
/// first instance <c>storefront-{region}</c>, then <c>storefront-{region}-2</c>, <c>-3</c>, … as far as they are
/// declared. A region without a first storefront address is left out.
/// </summary>
public sealed class EdgeTopology(IReadOnlyList<RegionUpstream> regions, Uri? admin)
{
    public IReadOnlyList<RegionUpstream> Regions => regions;

    public Uri? Admin => admin;

    public RegionUpstream? Find(string name) =>
        regions.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public static EdgeTopology FromConfiguration(IConfiguration configuration)
    {
        var upstreams = Geography.Regions.ParseSubset(configuration["Xdt:Regions"])
            .Select(r => (Region: r, Instances: Instances(configuration, r)))
            .Where(r => r.Instances.Count > 0)
            .Select(r => new RegionUpstream(r.Region, r.Instances, ServiceUrl(configuration, $"replicator-{r.Region.Name}")))
            .ToArray();
        return new EdgeTopology(upstreams, ServiceUrl(configuration, "admin"));
    }

    private static List<StorefrontInstance> Instances(IConfiguration configuration, Region region)
    {
        var instances = new List<StorefrontInstance>();
        for (var n = 1; ServiceUrl(configuration, RegionUpstream.InstanceName(region, n)) is { } url; n++)
        {
            instances.Add(new StorefrontInstance(RegionUpstream.InstanceName(region, n), url));
        }

        return instances;
    }

    private static Uri? ServiceUrl(IConfiguration configuration, string resource) =>
        configuration[$"services:{resource}:http:0"] is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;
}
