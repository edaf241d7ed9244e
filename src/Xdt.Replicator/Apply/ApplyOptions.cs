using System.ComponentModel.DataAnnotations;

namespace Xdt.Replicator.Apply;

/// <summary>How the replicator groups and retries database work (<c>Xdt:Replicator</c>).</summary>
public sealed class ApplyOptions
{
    public const string Section = "Xdt:Replicator";

    /// <summary>Complete transactions already fetched are grouped into one database transaction up to this many events.</summary>
    [Range(1, 10_000)]
    public int MaxBatchEvents { get; set; } = 500;

    /// <summary>Longest wait between attempts while the replica database is unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
