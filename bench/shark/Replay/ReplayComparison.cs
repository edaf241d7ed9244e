using System.Globalization;
using Xdt.Bench.Shark.Simulation;

namespace Xdt.Bench.Shark.Replay;

/// <summary>The real run's figures beside the simulation's edge front at the same scale, each against its <see cref="ReplayTolerance"/>.</summary>
public static class ReplayComparison
{
    public static IReadOnlyList<ReplayCheck> Compare(RealRunRecord real, FrontResult simulated)
    {
        var figures = real.Figures;
        var p95Band = Math.Max(ReplayTolerance.P95FloorMs, ReplayTolerance.P95Share * figures.TtfbP95Ms);
        var checks = new List<ReplayCheck>
        {
            new("errors", Count(figures.Errors), Count(simulated.Errors), "equal", figures.Errors == simulated.Errors),
            Points("overflow, share of requests", figures.OverflowShare, simulated.OverflowShare, ReplayTolerance.OverflowPoints),
            Ms("TTFB p50", figures.TtfbP50Ms, simulated.P50, ReplayTolerance.P50Ms),
            Ms("TTFB p95", figures.TtfbP95Ms, simulated.P95, p95Band),
            new("scale-outs", Count(figures.ScaleOuts), Count(simulated.ScaleOuts), $"± {ReplayTolerance.ScaleOuts}",
                Math.Abs(figures.ScaleOuts - simulated.ScaleOuts) <= ReplayTolerance.ScaleOuts),
        };

        var realTotal = Math.Max(1, figures.Regions.Sum(r => r.Requests));
        var simulatedTotal = Math.Max(1, simulated.Regions.Sum(r => r.Requests));
        foreach (var region in figures.Regions)
        {
            var other = simulated.Regions.FirstOrDefault(r => string.Equals(r.Region, region.Region, StringComparison.OrdinalIgnoreCase));
            checks.Add(Points(
                $"{region.Region}, share of requests", (double)region.Requests / realTotal, (double)(other?.Requests ?? 0) / simulatedTotal,
                ReplayTolerance.RegionSharePoints));
        }

        return checks;
    }

    private static ReplayCheck Points(string figure, double real, double simulated, double points) =>
        new(figure, Invariant($"{100 * real:0.0} %"), Invariant($"{100 * simulated:0.0} %"), Invariant($"± {points:0.#} pp"),
            Math.Abs(100 * (real - simulated)) <= points);

    private static ReplayCheck Ms(string figure, double real, double simulated, double band) =>
        new(figure, Invariant($"{real:0.0} ms"), Invariant($"{simulated:0.0} ms"), Invariant($"± {band:0.#} ms"), Math.Abs(real - simulated) <= band);

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
