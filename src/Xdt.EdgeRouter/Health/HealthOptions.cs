using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Health;

/// <summary>Active probing and the hold-down before a recovered region is re-announced (section <c>EdgeRouter:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "EdgeRouter:Health";

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Consecutive failed probes that withdraw a region (a failed proxied request withdraws it at once).</summary>
    [Range(1, 100)]
    public int FailuresToWithdraw { get; set; } = 2;

    /// <summary>Continuous health required before a withdrawn region is announced again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan HoldDown { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often an added storefront instance that is not live is probed (its region's first instance and live instances
    /// are probed every <see cref="ProbeInterval"/>): a started instance takes traffic at most this much later.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan IdleInstanceProbeInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Required]
    public string ProbePath { get; set; } = "/health";
}
