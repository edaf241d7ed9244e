namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>One evaluation of a region's autoscaler.</summary>
/// <param name="At">When it was made.</param>
/// <param name="Current">Instances the region had (running or starting).</param>
/// <param name="InFlightPerInstance">The metric read.</param>
/// <param name="Recommended">What the arithmetic alone asked for, before stabilisation and bounds.</param>
/// <param name="Desired">What the region should have now: stabilised, then bounded by min and max.</param>
public sealed record ScaleDecision(DateTimeOffset At, int Current, double InFlightPerInstance, int Recommended, int Desired)
{
    public bool IsScaleOut => Desired > Current;

    public bool IsScaleIn => Desired < Current;
}
