namespace Xdt.Bench.Shark.Simulation;

/// <summary>A shopper's progress in one front: the sticky cookie the edge set, the slowest page so far, whether they left.</summary>
public sealed class ShopperState
{
    public string? StickyRegion { get; set; }

    public double SlowestMs { get; set; }

    public bool GaveUp { get; set; }
}
