using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport.Workloads;

/// <summary>The labels every object carries; the selector is the stable subset.</summary>
public static class Labels
{
    public const string Name = "app.kubernetes.io/name";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string Region = "xdt.io/region";
    public const string System = "xdt";

    public static Dictionary<string, string> For(string name, Site site) => new()
    {
        [Name] = name,
        [PartOf] = System,
        [Region] = site.RegionLabel,
    };

    public static Dictionary<string, string> Selector(string name) => new() { [Name] = name, [PartOf] = System };
}
