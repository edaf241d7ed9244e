using System.Net;
using Xdt.Bench.Edge.Load;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Testing;
using static System.FormattableString;

namespace Xdt.Bench.Edge.Drills;

/// <summary>
/// Flood containment, the figures the end-to-end test no longer asserts: a Chicago shopper's latency (open loop, from
/// the scheduled send time) before and during a flood from Berlin — twelve addresses, three loops each, as fast as
/// they can — and the share of the flood shed with 429. Run in a world of its own whose limits are low enough for a
/// handful of loops to cross them.
/// </summary>
public sealed record FloodDrill(
    string ChicagoRegion, string FloodRegion, OpenLoopResult Before, OpenLoopResult During, IReadOnlyDictionary<int, long> FloodStatuses,
    long FloodFailures, TimeSpan Window)
{
    public const double PerClientPermitsPerSecond = 50;
    public const double PerRegionPermitsPerSecond = 300;
    private const double ChicagoRate = 25;
    private const int FloodAddresses = 12;
    private const int LoopsPerAddress = 3;
    private static readonly TimeSpan WindowLength = TimeSpan.FromSeconds(5);

    /// <summary>The flood world's router settings: limits a few loops can cross, the same for every client and region.</summary>
    public static string[] EdgeSettings() =>
    [
        Invariant($"--EdgeRouter:Limits:PerClientPermitsPerSecond={PerClientPermitsPerSecond}"),
        Invariant($"--EdgeRouter:Limits:PerClientBurst={PerClientPermitsPerSecond}"),
        Invariant($"--EdgeRouter:Limits:PerRegionPermitsPerSecond={PerRegionPermitsPerSecond}"),
        Invariant($"--EdgeRouter:Limits:PerRegionBurst={PerRegionPermitsPerSecond}"),
    ];

    public static async Task<FloodDrill> RunAsync(Uri edge)
    {
        var page = new Uri(edge, DemoPage.Path);
        var handler = SourceBoundClient.CreateHandler(ClientCities.Chicago.ClientAddress());
        handler.MaxConnectionsPerServer = 1;
        using var chicago = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        string chicagoRegion;
        using (var first = await chicago.GetAsync(page))
        {
            first.EnsureSuccessStatusCode();
            chicagoRegion = DemoPage.RegionOf(first);
        }

        var before = await new OpenLoop(chicago, page, 1).RunAsync(ChicagoRate, WindowLength);

        using var stop = new CancellationTokenSource();
        var flood = Enumerable.Range(10, FloodAddresses)
            .SelectMany(host => Enumerable.Range(0, LoopsPerAddress), (host, _) => ClientCities.Berlin.ClientAddress((uint)host))
            .Select(address => Task.Run(() => FloodAsync(SourceBoundClient.Create(edge, address), stop.Token)))
            .ToList();
        var during = await new OpenLoop(chicago, page, 1).RunAsync(ChicagoRate, WindowLength);
        await stop.CancelAsync();
        var loops = await Task.WhenAll(flood);

        var statuses = loops.SelectMany(l => l.Statuses).GroupBy(s => (int)s).ToDictionary(g => g.Key, g => g.LongCount());
        var floodRegion = loops.Select(l => l.Region).FirstOrDefault(r => r is not null) ?? "?";
        return new FloodDrill(chicagoRegion, floodRegion, before, during, statuses, loops.Sum(l => l.Failures), WindowLength);
    }

    public void Print()
    {
        var total = FloodStatuses.Values.Sum();
        var shed = FloodStatuses.GetValueOrDefault((int)HttpStatusCode.TooManyRequests);
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"5. Flood containment (a world of its own; limits {PerClientPermitsPerSecond:0}/s per client, {PerRegionPermitsPerSecond:0}/s per region)"));
        Console.WriteLine(Invariant(
            $"   Chicago shopper ({ChicagoRegion}), open loop at {ChicagoRate:0} req/s for {Window.TotalSeconds:0} s; flood from {FloodAddresses} Berlin addresses × {LoopsPerAddress} loops, nearest region {FloodRegion}"));
        Console.WriteLine("                       achieved   p50 ms   p99 ms   failed   cpu");
        Console.WriteLine(Row("chicago, before", Before));
        Console.WriteLine(Row("chicago, during", During));
        Console.WriteLine(Invariant(
            $"   flood: {total} answers ({total / Window.TotalSeconds:0}/s), {(total == 0 ? 0 : (double)shed / total):0.0%} shed with 429; statuses {string.Join(", ", FloodStatuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}; {FloodFailures} transport failures"));
        Console.WriteLine(Invariant(
            $"   chicago p50 during / before: {During.P50Ms / Before.P50Ms:0.0}× (the end-to-end test once asserted p50 during ≤ 5 × before + 20 ms: {(During.P50Ms <= (5 * Before.P50Ms) + 20 ? "within" : "beyond")})"));
        if (ChicagoRegion == FloodRegion)
        {
            Console.WriteLine("   note: Chicago and Berlin share a region in this world, so they share its bucket: run with a North American region (e.g. --regions frankfurt,ohio).");
        }
    }

    private static string Row(string label, OpenLoopResult r) =>
        Invariant($"   {label,-18} {r.AchievedRate,8:0.0}/s {r.P50Ms,8:0.00} {r.P99Ms,8:0.00} {r.Failed,8} {r.CpuBusy,5:0%}");

    private static async Task<FloodLoop> FloodAsync(HttpClient client, CancellationToken stop)
    {
        var loop = new FloodLoop();
        using (client)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync(DemoPage.Path, CancellationToken.None);
                    loop.Statuses.Add(response.StatusCode);
                    loop.Region ??= response.Headers.TryGetValues(XdtHeaders.Region, out var r) ? r.First() : null;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    loop.Failures++;
                }
            }
        }

        return loop;
    }
}
