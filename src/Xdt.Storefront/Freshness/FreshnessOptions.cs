using System.ComponentModel.DataAnnotations;

namespace Xdt.Storefront.Freshness;

public sealed class FreshnessOptions
{
    public const string Section = "Storefront:Freshness";

    /// <summary>
    /// How long one reading of replication.partitions is reused. Every response carries it and the edge router polls
    /// it several times a second; a slightly old reading only under-states freshness, never over-states it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMilliseconds(100);
}
