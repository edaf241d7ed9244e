using Xdt.Bench.Shark.Simulation;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// Releases the crowd open-loop: each shopper starts at its drawn arrival time whatever the world is doing, so a slow
/// world meets more concurrent shoppers rather than fewer (a closed loop would quietly slow down with it).
/// </summary>
public static class CrowdRunner
{
    public static async Task RunAsync(
        Uri edge, IReadOnlyList<Shopper> crowd, IReadOnlyList<Region> regions, StorePages pages, RealRecorder recorder, RunClock clock,
        double lastDueSeconds, bool latencySimulation)
    {
        var nearest = Nearest(regions);
        var sessions = new List<Task>(crowd.Count);
        foreach (var shopper in crowd)
        {
            await clock.UntilAsync(shopper.ArrivalSeconds);
            var session = new ShopperSession(shopper, nearest[shopper.City], pages, clock, recorder, latencySimulation ? NetworkModel.Default : null);
            sessions.Add(Task.Run(() => session.RunAsync(edge, lastDueSeconds)));
        }

        await Task.WhenAll(sessions);
    }

    /// <summary>Each city's nearest region of this world, by the edge's own ranking and network model.</summary>
    private static Dictionary<ClientCity, string> Nearest(IReadOnlyList<Region> regions)
    {
        var selector = new RegionSelector(NetworkModel.Default, new SeededRandomSource(1), "xdt");
        return PopulationMix.Cities.ToDictionary(c => c.City, c => selector.Rank(c.City.Location, RoutingPolicy.Empty, regions)[0].Name);
    }
}
