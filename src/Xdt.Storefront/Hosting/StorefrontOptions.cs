using System.ComponentModel.DataAnnotations;

namespace Xdt.Storefront.Hosting;

/// <summary>Which region this storefront serves and as which instance (section <c>Xdt</c>, set by the app host as <c>Xdt__Region</c>, <c>Xdt__Instance</c>).</summary>
public sealed class StorefrontOptions
{
    public const string Section = "Xdt";

    [Required]
    public string Region { get; set; } = string.Empty;

    /// <summary>
    /// Which of the region's instances this is (<c>Xdt__Instance</c>: the local app host gives each its resource name);
    /// unset — in Kubernetes, where every pod of a Deployment shares its environment — the host name, i.e. the pod's name.
    /// </summary>
    public string? Instance { get; set; }

    public string InstanceName => string.IsNullOrEmpty(Instance) ? Environment.MachineName : Instance;

    /// <summary>The only database this storefront reads: its region's replica.</summary>
    public string ConnectionName => "replica-" + Region;
}
