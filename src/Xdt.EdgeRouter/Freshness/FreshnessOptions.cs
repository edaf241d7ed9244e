using System.ComponentModel.DataAnnotations;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>Polling of each storefront's replication watermark and the read-your-writes wait (section <c>EdgeRouter:Freshness</c>).</summary>
public sealed class FreshnessOptions
{
    public const string SectionName = "EdgeRouter:Freshness";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a request with a bookmark may wait for a region to catch up before it goes to the core.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMilliseconds(500);

    [Required]
    public string Path { get; set; } = XdtPaths.Freshness;
}
