using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>A region's standing for one shopper: preference first, then modelled RTT plus penalty.</summary>
public sealed record RankedRegion(Region Region, int Preference, double RttMs, double PenaltyMs)
{
    public double CostMs => RttMs + PenaltyMs;

    public string Name => Region.Name;
}
