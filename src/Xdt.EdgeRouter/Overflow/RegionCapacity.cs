namespace Xdt.EdgeRouter.Overflow;

/// <summary>Concurrent requests a region takes through the edge: above <paramref name="Soft"/> new shoppers start to overflow, at <paramref name="Hard"/> all do.</summary>
public readonly record struct RegionCapacity(int Soft, int Hard)
{
    /// <summary>Share (0..1) of new shoppers to send elsewhere: linear from the soft limit to the hard one.</summary>
    public double OverflowShare(int inFlight) =>
        inFlight <= Soft ? 0.0
        : inFlight >= Hard ? 1.0
        : (double)(inFlight - Soft) / (Hard - Soft);

    /// <summary>
    /// The limits of a region with <paramref name="instances"/> live storefront instances, these limits being one
    /// instance's: when the region scales out its limits grow with it, so its spill relaxes by itself.
    /// </summary>
    public RegionCapacity ForInstances(int instances) =>
        instances <= 1 ? this : new(Soft * instances, Hard * instances);
}
