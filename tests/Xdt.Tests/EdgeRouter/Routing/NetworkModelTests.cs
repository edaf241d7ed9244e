using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Routing;

[Trait(Tier.Name, Tier.Unit)]
public sealed class NetworkModelTests
{
    [Fact]
    public void RttMs_BaseTwiceDistanceOverFibreSpeedTimesInflation()
    {
        var model = new NetworkModel(BaseRttMs: 5, FibreKmPerMs: 200, RouteInflation: 1.5);
        var km = Regions.Beijing.Location.DistanceKmTo(Regions.Frankfurt.Location);

        var rtt = model.RttMs(Regions.Beijing.Location, Regions.Frankfurt.Location);

        Assert.Equal(5 + 2 * km / 200 * 1.5, rtt, 6);
        Assert.InRange(rtt, 115, 125); // ~7,800 km: about 117 ms plus base
        Assert.Equal(rtt / 2, model.OneWayMs(Regions.Beijing.Location, Regions.Frankfurt.Location), 6);
    }

    [Fact]
    public void RttMs_SamePlace_IsTheBase()
    {
        Assert.Equal(2, NetworkModel.Default.RttMs(Regions.Ohio.Location, Regions.Ohio.Location), 6);
    }
}
