namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>A region whose desired instance count changed at a decision.</summary>
/// <param name="Previous">The desired count before this decision.</param>
public sealed record ScalingChange(string Region, int Previous, ScaleDecision Decision)
{
    /// <summary><c>up</c> or <c>down</c>, the tag of <c>xdt.edge.autoscaler.decisions</c>.</summary>
    public string Direction => Decision.Desired > Previous ? "up" : "down";
}
