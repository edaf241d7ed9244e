using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Freshness;

/// <summary>Polling of each storefront's replication watermark and the read-your-writes wait (section <c>EdgeRouter:Freshness</c>).</summary>
public sealed class FreshnessOptions
{
    public const string SectionName = "EdgeRouter:Freshness";
    public const string BookmarkCookie = "xdt-bookmark";
    public const string BookmarkHeader = "X-Xdt-Bookmark";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a request with a bookmark may wait for a region to catch up before it goes to the core.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMilliseconds(500);

    [Required]
    public string Path { get; set; } = OperationalTraffic.FreshnessPath;
}
