namespace Xdt.Bench.Shark.Real;

/// <summary>A rate asked for beside the rate achieved: the mean over the window and the busiest second.</summary>
public sealed record RateFigures(double RequestedMean, double RequestedPeak, double AchievedMean, double AchievedPeak);
