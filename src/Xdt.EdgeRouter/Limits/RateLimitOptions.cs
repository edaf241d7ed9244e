using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Limits;

/// <summary>Flood containment (section <c>EdgeRouter:Limits</c>): token buckets per client address and per region.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "EdgeRouter:Limits";

    public bool Enabled { get; set; } = true;

    [Range(0.001, 1_000_000)]
    public double PerClientPermitsPerSecond { get; set; } = 500;

    [Range(1, 1_000_000)]
    public double PerClientBurst { get; set; } = 1000;

    [Range(0.001, 10_000_000)]
    public double PerRegionPermitsPerSecond { get; set; } = 5_000;

    [Range(1, 10_000_000)]
    public double PerRegionBurst { get; set; } = 5_000;

    /// <summary>Above this many tracked client buckets, idle (full) ones are dropped.</summary>
    [Range(100, 10_000_000)]
    public int MaxTrackedClients { get; set; } = 50_000;
}
