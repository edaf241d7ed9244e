using Xdt.Bench.Shark.Report;
using Xdt.Bench.Shark.Simulation;

namespace Xdt.Tests.Bench;

/// <summary>The shark tank's simulation: repeatable for a seed, and its edge front spills and takes the spill back.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class SharkSimulationTests
{
    // A quarter of the crowd against instances a quarter as fast: the same pressure, a quarter of the events.
    private static SimulationSettings Settings(int seed = 7) =>
        SimulationSettings.Parse(["--simulate", "--shoppers", "20000", "--service-ms", "32", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    [Fact]
    public void Simulate_SameSeedTwice_PrintsTheSameReport()
    {
        var settings = Settings();

        Assert.Equal(Report(settings), Report(settings));
    }

    [Fact]
    public void Simulate_AnotherSeed_DrawsAnotherCrowd()
    {
        Assert.NotEqual(Report(Settings(seed: 7)), Report(Settings(seed: 8)));
    }

    [Fact]
    public void EdgeFront_HotRegionSpillsUntilItsScaleOutIsLive_ThenTakesItsShoppersBack()
    {
        var settings = Settings();
        var result = FrontSimulation.Run(Front.Edge, settings, Crowd.Draw(settings));
        var series = result.Series;
        var shanghai = series.Regions.ToList().IndexOf("shanghai");
        var initial = series.Instances[shanghai][0];
        var firstLive = Array.FindIndex(series.Instances[shanghai], n => n > initial);
        var peak = series.Instances[shanghai].Max();
        var allLive = Array.FindIndex(series.Instances[shanghai], n => n == peak);
        var traffic = series.RequestsPerSecond[shanghai];
        var busyUntil = Array.FindLastIndex(traffic, r => r >= traffic.Max() / 2); // the crowd is still at least half its peak
        Assert.True(firstLive > 0 && allLive < busyUntil, $"shanghai scaled out while the crowd was there (first live at bucket {firstLive}, all at {allLive}, busy until {busyUntil})");

        var before = series.OverflowShare[shanghai][..firstLive];
        var after = series.OverflowShare[shanghai][(allLive + 1)..(busyUntil + 1)];

        Assert.True(before.Max() > 0.1, $"shanghai spilled before its new instances were live (max share {before.Max():0.00})");
        Assert.True(after.Max() < before.Max() / 4, $"the spill relaxed once they were (max share before {before.Max():0.00}, after {after.Max():0.00})");
        Assert.True(result.OverflowShare > 0);
    }

    private static string Report(SimulationSettings settings)
    {
        var crowd = Crowd.Draw(settings);
        return SimulationReport.Format(settings, Front.All.Select(f => FrontSimulation.Run(f, settings, crowd)).ToArray());
    }
}
