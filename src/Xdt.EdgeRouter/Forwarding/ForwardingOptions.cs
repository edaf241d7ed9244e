using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>Proxying to storefronts and the admin (section <c>EdgeRouter:Forwarding</c>).</summary>
public sealed class ForwardingOptions
{
    public const string SectionName = "EdgeRouter:Forwarding";

    /// <summary>How long an upstream may stay silent before the request fails (and a GET moves to the next region).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
