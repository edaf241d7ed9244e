using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.Location;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Routing;

[Trait(Tier.Name, Tier.Unit)]
public sealed class LatencySimulationTests
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SimulateOneWayAsync_WaitsTheModelledOneWayDelayOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var state = new EdgeRequestState(ClientLocation.Of(ClientCities.Sydney, ClientLocation.FromAddress), time);
        var oneWay = TimeSpan.FromMilliseconds(NetworkModel.Default.OneWayMs(ClientCities.Sydney.Location, Regions.Frankfurt.Location));
        state.RouteTo(new RoutingDecision(Regions.Frankfurt, RouteTags.Nearest, oneWay.TotalMilliseconds * 2), oneWay);

        var delay = state.SimulateOneWayAsync(CancellationToken.None);
        time.Advance(oneWay - TimeSpan.FromMilliseconds(1));
        Assert.False(delay.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await delay.WaitAsync(TestTimeout);

        Assert.Equal(oneWay, state.Simulated);
        Assert.InRange(oneWay.TotalMilliseconds, 120, 160); // Sydney ↔ Frankfurt, ~16,500 km
    }

    [Fact]
    public void EdgeMilliseconds_ExcludesUpstreamAndSimulatedTime()
    {
        var time = new FakeTimeProvider();
        var state = new EdgeRequestState(ClientLocation.Of(ClientCities.Berlin, ClientLocation.FromAddress), time);

        time.Advance(TimeSpan.FromMilliseconds(2));
        state.UpstreamStarted();
        time.Advance(TimeSpan.FromMilliseconds(40));
        state.UpstreamAnswered();
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(3, state.EdgeMilliseconds, 6);
    }
}
