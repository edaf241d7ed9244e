using System.Globalization;
using System.Text;
using Xdt.Bench.Shark.Real;

namespace Xdt.Bench.Shark.Report;

/// <summary>The real run's printed tables: the crowd asked for beside the crowd achieved, each region, the calibration.</summary>
public static class RealReport
{
    public static string Format(RealSettings settings, RealResult result, double machineBusy, TimeSpan wall)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        text.AppendLine();
        text.AppendLine("MEASURED (real sessions against the running world on this machine):");
        Line($"shoppers {result.Shoppers}: arrivals asked for {result.Arrivals.RequestedMean:0.0}/s mean, {result.Arrivals.RequestedPeak:0}/s peak second; achieved {result.Arrivals.AchievedMean:0.0}/s mean, {result.Arrivals.AchievedPeak:0}/s peak");
        Line($"pages {result.Requests}: asked for {result.Pages.RequestedMean:0.0}/s mean, {result.Pages.RequestedPeak:0}/s peak second; achieved {result.Pages.AchievedMean:0.0}/s mean, {result.Pages.AchievedPeak:0}/s peak; {result.Dropped} pages due after the run's end not sent");
        Line($"client lateness (sent − scheduled, charged to TTFB): p50 {result.LatenessMs.P50:0.0} ms, p99 {result.LatenessMs.P99:0.0} ms, max {result.LatenessMs.Max:0.0} ms; machine {machineBusy:0%} busy over the {wall.TotalSeconds:0} s of the crowd");
        Line($"TTFB from the scheduled time p50 {result.P50:0.0} / p95 {result.P95:0.0} / p99 {result.P99:0.0} ms; errors {result.Errors}{Kinds(result)}; overflow {100 * result.OverflowShare:0.0} % of requests");
        text.AppendLine("region       shoppers  requests   p50 ms   p95 ms   p99 ms  errors  overflowed  to                      service p50/p95 ms  instances");
        foreach (var r in result.Regions.Where(r => r.Requests > 0))
        {
            Line($"{r.Region,-12} {r.Shoppers,8} {r.Requests,9} {r.P50,8:0.0} {r.P95,8:0.0} {r.P99,8:0.0} {r.Errors,7} {100 * r.OverflowOut,8:0.0} %  {To(r),-23} {r.ServiceP50,8:0.00} / {r.ServiceP95,5:0.00}  {Instances(r),6}");
        }

        Line($"instances: live storefront instances read from the edge every second; {result.ScaleOuts} scale-outs (rises of a region's live count) during the crowd; {settings.DescribeScaling()}");
        text.AppendLine(settings.LatencySimulation
            ? "TTFB includes the edge's simulated distance (latency simulation on: the modelled one-way time each way), as the simulation's network does."
            : "TTFB is loopback only (latency simulation off): no modelled distance is in it.");
        text.AppendLine();
        Line($"Calibration for the simulation, from this run ({result.Shoppers} shoppers, {result.Requests} pages, TTFB p95 {result.P95:0.0} ms, {result.Errors} errors):");
        Line($"  storefront service time (Server-Timing db + render): p50 {result.Service.P50:0.00} ms, p95 {result.Service.P95:0.00} ms, mean {result.Service.Mean:0.00} ms over {result.Service.Count} pages");
        Line($"  unmodelled time (TTFB − modelled round trip − storefront: client, loopback, edge, timers): p50 {result.OverheadMs.P50:0.00} ms, p95 {result.OverheadMs.P95:0.00} ms, mean {result.OverheadMs.Mean:0.00} ms");
        Line($"  instance start (edge wants it → edge forwards to it): {Starts(result.InstanceStartSeconds)}");
        Line($"  dotnet run -c Release --project bench/shark -- --simulate --service-ms {result.Service.Mean:0.00}");
        text.AppendLine("  (the simulation's --service-ms is a page's mean time on a worker; Server-Timing leaves out Kestrel, routing and queueing for a thread.)");
        return text.ToString();
    }

    public static string Summary(RealResult result, string chart) => string.Create(CultureInfo.InvariantCulture,
        $"shark: real, {result.Shoppers} shoppers, {result.Errors} errors, p95 {result.P95:0} ms, overflow {100 * result.OverflowShare:0.0} %, scale-outs {result.ScaleOuts}, chart {chart}");

    private static string To(RealRegionResult region) =>
        region.OverflowTo.Count == 0 ? "-"
        : string.Join(", ", region.OverflowTo.Take(2).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Region} {100 * t.Share:0}%")));

    private static string Instances(RealRegionResult region) =>
        region.MaxInstances == region.InstancesAtStart ? $"{region.MaxInstances}" : $"{region.InstancesAtStart}→{region.MaxInstances}";

    private static string Starts(IReadOnlyList<double> seconds) =>
        seconds.Count == 0 ? "no scale-out"
        : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", seconds.Order().Select(s => s.ToString("0", CultureInfo.InvariantCulture)))} s");

    private static string Kinds(RealResult result) =>
        result.ErrorKinds.Count == 0 ? "" : " (" + string.Join(", ", result.ErrorKinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key}: {k.Value}")) + ")";
}
