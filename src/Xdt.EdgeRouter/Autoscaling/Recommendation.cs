namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>An unstabilised recommendation kept for the stabilisation windows.</summary>
internal readonly record struct Recommendation(DateTimeOffset At, int Instances);
