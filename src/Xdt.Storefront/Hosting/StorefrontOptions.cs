using System.ComponentModel.DataAnnotations;

namespace Xdt.Storefront.Hosting;

/// <summary>Which region this storefront serves (section <c>Xdt</c>, set by the app host as <c>Xdt__Region</c>).</summary>
public sealed class StorefrontOptions
{
    public const string Section = "Xdt";

    [Required]
    public string Region { get; set; } = string.Empty;

    /// <summary>The only database this storefront reads: its region's replica.</summary>
    public string ConnectionName => "replica-" + Region;
}
