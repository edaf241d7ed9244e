using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// How a region's storefront instances follow its load (section <c>EdgeRouter:Autoscaling</c>), with the meaning and
/// defaults of Kubernetes' HorizontalPodAutoscaler so that the Kubernetes export can say the same thing.
/// </summary>
/// <remarks>
/// The metric is requests in flight through the edge per instance of the region (an instance that is still starting
/// counts, with no requests: the conservative view Kubernetes takes of pods that are not ready when it scales up).
/// The target sits below the overflow soft limit per instance (100 by default) so a slow rise scales a region before it
/// spills; a flash crowd spills first, within seconds, and the added instances take the spill back minutes later.
/// </remarks>
public sealed class AutoscalingOptions : IValidatableObject
{
    public const string SectionName = "EdgeRouter:Autoscaling";

    [Range(1, 1000)]
    public int MinInstances { get; set; } = 2;

    [Range(1, 1000)]
    public int MaxInstances { get; set; } = 10;

    /// <summary>In-flight requests per instance the autoscaler steers towards.</summary>
    [Range(0.01, 1_000_000)]
    public double TargetInFlightPerInstance { get; set; } = 70;

    /// <summary>No change while the metric is within this fraction of the target (Kubernetes: 0.1).</summary>
    [Range(0.0, 1.0)]
    public double Tolerance { get; set; } = 0.1;

    /// <summary>A scale-up takes the lowest recommendation of this window (Kubernetes default: none).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ScaleUpStabilization { get; set; } = TimeSpan.Zero;

    /// <summary>A scale-down takes the highest recommendation of this window (Kubernetes default: 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ScaleDownStabilization { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the metric is read and a decision made (Kubernetes: 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SyncPeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often the edge's autoscaler reads a region's in-flight count; the decision takes the mean of a sync period's
    /// samples, so a burst between two decisions is not missed and a single spike does not decide alone.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinInstances > MaxInstances)
        {
            yield return new ValidationResult("Autoscaling MinInstances must not exceed MaxInstances.");
        }

        if (SampleInterval > SyncPeriod)
        {
            yield return new ValidationResult("Autoscaling SampleInterval must not exceed SyncPeriod.");
        }
    }
}
