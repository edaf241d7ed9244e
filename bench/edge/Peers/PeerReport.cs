using Xdt.Bench.Edge.Load;
using static System.FormattableString;

namespace Xdt.Bench.Edge.Peers;

/// <summary>Prints a peer comparison: every block as measured, then each path over the rounds.</summary>
public static class PeerReport
{
    public static void Print(PeerComparison run, string storefront)
    {
        var o = run.Options;
        var n = o.Connections;
        Console.WriteLine();
        Console.WriteLine(Invariant($"1. Edge router, {run.NginxVersion} (plain reverse proxy, upstream keep-alive) and direct, all to {storefront}: GET {DemoPage.Path}"));
        Console.WriteLine(Invariant(
            $"   Paths take turns: a calibration pass, then {o.Rounds} rounds of edge, nginx, direct. Every block starts with new connections and {o.WarmUp.TotalSeconds:0} s of warm-up at {n} connections and at 1; phases last {o.Duration.TotalSeconds:0} s."));
        Console.WriteLine("   Open-loop rates, the same for every path: " + run.Rates.Describe(n));
        Console.WriteLine();
        Console.WriteLine("   Throughput, closed loop (each connection sends again as soon as its answer is in); cpu = whole machine busy");
        Console.WriteLine(Invariant($"   round  path     1 conn req/s   cpu   {n,2} conn req/s   cpu   failed   CPU per request at {n}: proxy  storefront"));
        foreach (var block in run.Calibration.Concat(run.Blocks))
        {
            Console.WriteLine(Invariant(
                $"   {Round(block),-6} {block.Path,-7} {block.ClosedSingle.RequestsPerSecond,13:0} {block.ClosedSingle.CpuBusy,6:0%} {block.ClosedMany.RequestsPerSecond,15:0} {block.ClosedMany.CpuBusy,6:0%} {block.ClosedSingle.Errors + block.ClosedMany.Errors,8} {Us(block.ProxyCpuMsPerRequest),34} {Us(block.StorefrontCpuMsPerRequest),11}"));
        }

        Console.WriteLine();
        Console.WriteLine("   Latency, open loop, from each request's scheduled send time; send lag = how late the client's own schedule ran");
        Console.WriteLine(Invariant(
            $"   round  path     1 conn: asked achieved  p50 ms  p99 ms   cpu   {n,2} conn: asked achieved  p50 ms  p99 ms   cpu   lag p99 ms  failed"));
        foreach (var block in run.Blocks)
        {
            var single = block.OpenSingle!;
            var many = block.OpenMany!;
            Console.WriteLine(Invariant(
                $"   {Round(block),-6} {block.Path,-7} {Latency(single)} {Latency(many)} {Math.Max(single.SendLag.Ms(99), many.SendLag.Ms(99)),12:0.00} {single.Failed + many.Failed,7}"));
        }

        Console.WriteLine();
        Console.WriteLine(Invariant($"   Over the {o.Rounds} rounds: mean (lowest … highest round)"));
        Console.WriteLine(Invariant(
            $"   path     {n,2} conn req/s           1 conn req/s            1 conn p50 ms        1 conn p99 ms        {n,2} conn p50 ms        {n,2} conn p99 ms"));
        foreach (var path in new[] { PeerPath.Edge, PeerPath.Nginx, PeerPath.Direct })
        {
            var s = run.Summary(path);
            Console.WriteLine(Invariant(
                $"   {path,-7} {Figure(s.ThroughputMany, "0"),-23} {Figure(s.ThroughputSingle, "0"),-23} {Figure(s.P50Single, "0.00"),-20} {Figure(s.P99Single, "0.00"),-20} {Figure(s.P50Many, "0.00"),-20} {Figure(s.P99Many, "0.00")}"));
        }
    }

    private static string Us(double ms) => double.IsNaN(ms) ? "—" : Invariant($"{ms * 1000:0} µs");

    private static string Round(PeerBlock block) => block.Round == 0 ? "cal." : Invariant($"{block.Round}");

    private static string Latency(OpenLoopResult r) =>
        Invariant($"{r.RequestedRate,14:0} {r.AchievedRate,8:0} {r.P50Ms,7:0.00} {r.P99Ms,7:0.00} {r.CpuBusy,5:0%}");

    private static string Figure(Spread s, string format) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, $"{{0:{format}}} ({{1:{format}}} … {{2:{format}}})", s.Mean, s.Min, s.Max);
}
