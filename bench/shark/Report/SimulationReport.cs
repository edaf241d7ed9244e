using System.Globalization;
using System.Text;
using Xdt.Bench.Shark.Simulation;

namespace Xdt.Bench.Shark.Report;

/// <summary>The simulation's printed tables: each front in detail, then the three side by side.</summary>
public static class SimulationReport
{
    public static string Format(SimulationSettings settings, IReadOnlyList<FrontResult> fronts)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        text.AppendLine("SIMULATED (discrete-event model; not measured on this machine):");
        text.AppendLine(settings.Describe());
        foreach (var front in fronts)
        {
            text.AppendLine();
            Line($"== {front.Front.Name} ==");
            Line($"shoppers {front.Shoppers}: all pages within 50 ms {Share(front.Within50, front.Shoppers)}, within 100 ms {Share(front.Within100, front.Shoppers)}; requests {front.Requests}, errors (gave up after {settings.Timeout.TotalSeconds:0} s) {front.Errors}");
            Line($"TTFB p50 {front.P50:0.0} / p95 {front.P95:0.0} / p99 {front.P99:0.0} ms; overflow {100 * front.OverflowShare:0.0} % of requests; scale-outs {front.ScaleOuts}, scale-ins {front.ScaleIns}; {Scaled(front)}");
            text.AppendLine("region       shoppers  requests   p50 ms   p95 ms   p99 ms  errors  peak queue  overflowed  mostly to   instances  scaled");
            foreach (var r in front.Regions.Where(r => r.Requests > 0 || r.InstancesAtStart > 0))
            {
                var instances = r.InstancesPeak == r.InstancesAtStart ? $"{r.InstancesAtStart}" : $"{r.InstancesAtStart}→{r.InstancesPeak}";
                var scaled = r.ScaledAfterSeconds is { } s ? $"+{s:0} s" : "-";
                Line($"{r.Region,-12} {r.Shoppers,8} {r.Requests,9} {r.P50,8:0.0} {r.P95,8:0.0} {r.P99,8:0.0} {r.Errors,7} {r.PeakQueue,11} {100 * r.OverflowOut,10:0.0} %  {r.OverflowMostlyTo ?? "-",-10} {instances,9}  {scaled}");
            }
        }

        text.AppendLine();
        text.AppendLine("Three fronts, the same crowd:");
        text.AppendLine("front                                             within 50 ms  within 100 ms   errors   p95 ms  overflow  every region scaled");
        foreach (var f in fronts)
        {
            Line($"{f.Front.Name,-49} {Share(f.Within50, f.Shoppers),12} {Share(f.Within100, f.Shoppers),14} {f.Errors,8} {f.P95,8:0.0} {100 * f.OverflowShare,7:0.0} %  {Scaled(f)}");
        }

        return text.ToString();
    }

    public static string Summary(FrontResult edge, string chart) => string.Create(CultureInfo.InvariantCulture,
        $"shark: simulated, {edge.Shoppers} shoppers, {edge.Errors} errors, p95 {edge.P95:0} ms, overflow {100 * edge.OverflowShare:0.0} %, scale-outs {edge.ScaleOuts}, chart {chart}");

    private static string Share(int count, int of) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / Math.Max(1, of):0.0} %");

    private static string Scaled(FrontResult front) =>
        !front.Front.Autoscale ? "no autoscaling"
        : front.AllScaledAfterSeconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"every region scaled {s:0} s after the crowd began")
        : "no region needed to scale";
}
