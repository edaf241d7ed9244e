using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// Round-trip time between a shopper and a region: a fixed base (last mile, processing) plus the great-circle
/// distance there and back at the speed of light in fibre (~200 km/ms), inflated because cables are not straight.
/// </summary>
public sealed record NetworkModel(double BaseRttMs, double FibreKmPerMs, double RouteInflation)
{
    public static NetworkModel Default { get; } = new(2.0, 200.0, 1.5);

    public double RttMs(GeoPoint client, GeoPoint region) =>
        BaseRttMs + 2 * client.DistanceKmTo(region) / FibreKmPerMs * RouteInflation;

    /// <summary>Half the round trip: what latency simulation adds in each direction.</summary>
    public double OneWayMs(GeoPoint client, GeoPoint region) => RttMs(client, region) / 2;
}
