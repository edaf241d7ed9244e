using Xdt.EdgeRouter.Overflow;
using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>What the selector knows about one region at the moment of a decision.</summary>
/// <param name="Available">Announced: healthy (past hold-down), not failed or drained by the operator.</param>
public sealed record RegionSnapshot(Region Region, bool Available, int InFlight, RegionCapacity Capacity)
{
    public double OverflowShare => Capacity.OverflowShare(InFlight);
}
