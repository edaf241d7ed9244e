using Xdt.Geography;
using Xdt.KubernetesExport.Manifest;

namespace Xdt.KubernetesExport.Translation;

/// <summary>
/// Places every workload of the manifest: region-suffixed resources (<c>storefront-frankfurt</c>,
/// <c>replica-frankfurt-server</c>) in their region's namespace, the resource with a public endpoint at the edge,
/// everything else in the core site.
/// </summary>
public sealed class ClusterLayout
{
    private readonly Dictionary<string, Placement> _byResource;

    public ClusterLayout(AspireManifest manifest)
    {
        Manifest = manifest;
        _byResource = manifest.Resources
            .Where(r => r.Type is "project.v0" or "container.v0")
            .Select(r => new Placement(r, ServiceNameOf(manifest, r), SiteOf(r)))
            .ToDictionary(p => p.Resource.Name);
        Regions = Geography.Regions.All.Where(r => _byResource.Values.Any(p => p.Site == Site.ForRegion(r))).ToList();
    }

    public AspireManifest Manifest { get; }

    /// <summary>The regions the manifest declares, in the order of <see cref="Geography.Regions.All"/>.</summary>
    public IReadOnlyList<Region> Regions { get; }

    public IEnumerable<Placement> Workloads => _byResource.Values;

    public Placement this[string resourceName] =>
        _byResource.TryGetValue(resourceName, out var placement)
            ? placement
            : throw new InvalidOperationException($"'{resourceName}' is not a workload of the manifest.");

    private static Site SiteOf(ManifestResource resource)
    {
        if (resource.Bindings.Any(b => b.External))
        {
            return Site.Edge;
        }

        var region = Geography.Regions.All.FirstOrDefault(r =>
            resource.Name.EndsWith($"-{r.Name}", StringComparison.Ordinal)
            || resource.Name.EndsWith($"-{r.Name}-server", StringComparison.Ordinal));
        return region is null ? Site.Core : Site.ForRegion(region);
    }

    // A database resource ("primary") is a connection string on top of its server ("primary-server"): clients know
    // the database name, so the server's Service takes it.
    private static string ServiceNameOf(AspireManifest manifest, ManifestResource resource) =>
        manifest.Resources.FirstOrDefault(r =>
            r.Type == "value.v0" && r.ConnectionString?.StartsWith($"{{{resource.Name}.connectionString}}", StringComparison.Ordinal) == true)?.Name
        ?? resource.Name;
}
