using System.ComponentModel.DataAnnotations;

namespace Xdt.Replicator.Apply;

/// <summary>How the replicator groups database work (<c>Xdt:Replicator</c>); retries follow the shared <c>Xdt:Retry</c> policy.</summary>
public sealed class ApplyOptions
{
    public const string Section = "Xdt:Replicator";

    /// <summary>Complete transactions already fetched are grouped into one database transaction up to this many events.</summary>
    [Range(1, 10_000)]
    public int MaxBatchEvents { get; set; } = 500;
}
