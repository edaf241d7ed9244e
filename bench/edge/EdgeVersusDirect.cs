using Xdt.Geography;
using Xdt.Testing;
using static System.FormattableString;

namespace Xdt.Bench.Edge;

/// <summary>
/// What the router costs: the same page under the same closed-loop load, once straight to the core region's
/// storefront and once through the edge from a client in the core city (so the edge picks that same storefront).
/// Each side is measured loaded (the configured connections) and then with a single connection, where latency is
/// not dominated by queueing for a CPU shared by client, router and storefront.
/// </summary>
public sealed record EdgeVersusDirect(PathFigures Direct, PathFigures Edge, BenchOptions Options)
{
    private const double AimAddedP50Ms = 0.5;
    private const double AimThroughputShare = 0.60;

    public static async Task<EdgeVersusDirect> MeasureAsync(Uri edge, Uri directStorefront, BenchOptions options)
    {
        using var directClient = new HttpMessageInvoker(new SocketsHttpHandler { UseCookies = false });
        using var edgeClient = new HttpMessageInvoker(SourceBoundClient.CreateHandler(ClientCities.Core.ClientAddress()));
        var directPage = new Uri(directStorefront, DemoPage.Path);
        var edgePage = new Uri(edge, DemoPage.Path);

        // Both paths warm up (JIT, connection pools, caches) before either is measured, then they take turns, so
        // neither pays for the world's first minutes alone.
        await new LoadLoop(directClient, directPage, options.Connections).RunAsync(options.WarmUp);
        await new LoadLoop(edgeClient, edgePage, options.Connections).RunAsync(options.WarmUp);
        var directLoaded = await new LoadLoop(directClient, directPage, options.Connections).RunAsync(options.Duration);
        var edgeLoaded = await new LoadLoop(edgeClient, edgePage, options.Connections).RunAsync(options.Duration);
        var directSingle = await new LoadLoop(directClient, directPage, 1).RunAsync(options.Duration);
        var edgeSingle = await new LoadLoop(edgeClient, edgePage, 1).RunAsync(options.Duration);
        return new EdgeVersusDirect(new PathFigures(directLoaded, directSingle), new PathFigures(edgeLoaded, edgeSingle), options);
    }

    public void Print()
    {
        var share = Edge.Loaded.RequestsPerSecond / Direct.Loaded.RequestsPerSecond;
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"1. Edge versus direct: GET {DemoPage.Path}, {Options.Duration.TotalSeconds:0} s per run after {Options.WarmUp.TotalSeconds:0} s warm-up"));
        Console.WriteLine("                                   req/s    p50 ms    p99 ms    errors");
        Console.WriteLine(Row($"direct, {Options.Connections} connections", Direct.Loaded));
        Console.WriteLine(Row($"edge,   {Options.Connections} connections", Edge.Loaded));
        Console.WriteLine(Row("direct, 1 connection", Direct.Single));
        Console.WriteLine(Row("edge,   1 connection", Edge.Single));
        Console.WriteLine(Invariant($"   edge/direct throughput ({Options.Connections} conn.)   {share,7:0.0%}     aim ≥ {AimThroughputShare:0%}    {Verdict(share >= AimThroughputShare)}"));
        Console.WriteLine(AddedP50($"{Options.Connections} conn.", Edge.Loaded, Direct.Loaded));
        Console.WriteLine(AddedP50("1 conn.", Edge.Single, Direct.Single));
    }

    private static string AddedP50(string label, LoadResult edge, LoadResult direct)
    {
        var added = edge.P50Ms - direct.P50Ms;
        return Invariant($"   added p50 latency ({label}){new string(' ', Math.Max(1, 13 - label.Length))}{added,7:0.00} ms  aim ≤ {AimAddedP50Ms} ms {Verdict(added <= AimAddedP50Ms)}");
    }

    private static string Row(string label, LoadResult result) =>
        Invariant($"   {label,-30} {result.RequestsPerSecond,8:0} {result.P50Ms,9:0.00} {result.P99Ms,9:0.00} {result.Errors,9}");

    private static string Verdict(bool met) => met ? "(met)" : "(missed)";
}
