namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>The HorizontalPodAutoscaler's core rule: desired = ceil(current × metric / target), unless within tolerance.</summary>
public static class HpaArithmetic
{
    public static int Desired(int current, double metric, double target, double tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        var ratio = metric / target;

        // Inside the tolerance band nothing moves: a region hovering around its target must not flap.
        return Math.Abs(ratio - 1.0) <= tolerance ? current : (int)Math.Ceiling(current * ratio);
    }
}
