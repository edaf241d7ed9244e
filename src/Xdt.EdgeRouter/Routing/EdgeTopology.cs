using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// The active regions and where their storefronts and the admin are, read once at start from the app host's
/// configuration: <c>Xdt:Regions</c> and the service-discovery keys <c>services:{resource}:http:0</c>.
/// A region without a storefront address is left out.
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
            .Select(r => (Region: r, Url: ServiceUrl(configuration, $"storefront-{r.Name}")))
            .Where(r => r.Url is not null)
            .Select(r => new RegionUpstream(r.Region, r.Url!, ServiceUrl(configuration, $"replicator-{r.Region.Name}")))
            .ToArray();
        return new EdgeTopology(upstreams, ServiceUrl(configuration, "admin"));
    }

    private static Uri? ServiceUrl(IConfiguration configuration, string resource) =>
        configuration[$"services:{resource}:http:0"] is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;
}
