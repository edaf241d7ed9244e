using Xdt.Geography;

namespace Xdt.KubernetesExport.Translation;

/// <summary>One output folder and its namespace: the core site, a region, or the global edge.</summary>
public sealed record Site(string Folder, string Namespace, string RegionLabel)
{
    public static Site Core { get; } = new("core", "xdt-core", Regions.Core.Name);

    public static Site Edge { get; } = new("edge", "xdt-edge", "global");

    /// <summary>The cluster's Prometheus and Alertmanager, watching every other site.</summary>
    public static Site Monitoring { get; } = new("monitoring", "xdt-monitoring", "global");

    public static Site ForRegion(Region region) => new(region.Name, $"xdt-{region.Name}", region.Name);
}
