namespace Xdt.Bench.Shark.Replay;

/// <summary>
/// How close the simulation at a real run's scale must come to that run's figures (README, "Shark tank": "Does the
/// simulation reproduce the real run?"). Absolute bands, chosen against what the model leaves out (CPU shared by nine
/// regions, timer and thread-pool jitter, one constant for the unmodelled time) and several times the spread the
/// overflow draw alone gives at this scale.
/// </summary>
public static class ReplayTolerance
{
    /// <summary>Share of all requests the edge sent elsewhere as overflow: within this many percentage points.</summary>
    public const double OverflowPoints = 2.5;

    /// <summary>Each region's share of all requests (where shoppers were answered): within this many percentage points.</summary>
    public const double RegionSharePoints = 2.0;

    /// <summary>TTFB p50 over all pages: within this many milliseconds.</summary>
    public const double P50Ms = 5;

    /// <summary>TTFB p95 over all pages: within this share of the real p95, or <see cref="P95FloorMs"/>, whichever is wider.</summary>
    public const double P95Share = 0.2;

    public const double P95FloorMs = 10;

    /// <summary>Scale-outs over all regions: within this many.</summary>
    public const int ScaleOuts = 2;
}
