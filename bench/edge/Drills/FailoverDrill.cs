using System.Diagnostics;
using Xdt.Geography;
using Xdt.Testing;
using static System.FormattableString;

namespace Xdt.Bench.Edge.Drills;

/// <summary>
/// What the router buys when a region dies: shoppers of the region's city keep requesting the page while its
/// storefront is killed with SIGKILL; timed from the kill to the first page served by another region and to the
/// region's withdrawal on the status page, counting every request a shopper saw fail. The storefront is restarted.
/// </summary>
public sealed record FailoverDrill(
    Region Region, string ServedBefore, TimeSpan? FirstServedElsewhere, string? ServedBy, TimeSpan? Withdrawn,
    long Requests, long Failed, TimeSpan SlowestAfterKill, TimeSpan? Reannounced)
{
    private const int Shoppers = 4;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Observe = TimeSpan.FromSeconds(10);

    public static async Task<FailoverDrill> RunAsync(WorldHost world, EdgeControl control, Region region)
    {
        var city = ClientCities.Of(region);
        using var client = SourceBoundClient.Create(world.EdgeUrl, city.ClientAddress());
        var shoppers = new ShopperLoop(client, DemoPage.Path, Shoppers);
        using var stop = new CancellationTokenSource();
        var shopping = shoppers.RunAsync(stop.Token);
        await Task.Delay(Settle);
        var servedBefore = shoppers.LastRegion;

        using var watch = new CancellationTokenSource(Observe);
        var withdrawal = WatchAsync(control, region, watch.Token);
        var killedAt = await WorldProcess.KillAsync(world, $"storefront-{region}");
        var withdrawnAt = await withdrawal;
        await Task.Delay(Settle);
        await stop.CancelAsync();
        var outcomes = await shopping;

        var firstElsewhere = outcomes.FirstOrDefault(o => o.Timestamp > killedAt && o.Success && o.Region != region.Name);
        await WorldProcess.StartAsync(world, $"storefront-{region}", TimeSpan.FromMinutes(2));
        var restartedAt = Stopwatch.GetTimestamp();
        var reannounced = await WaitForHealthAsync(control, region, "up", TimeSpan.FromSeconds(30));
        return new FailoverDrill(
            region,
            servedBefore,
            firstElsewhere is null ? null : Stopwatch.GetElapsedTime(killedAt, firstElsewhere.Timestamp),
            firstElsewhere?.Region,
            withdrawnAt is { } w ? Stopwatch.GetElapsedTime(killedAt, w) : null,
            outcomes.Count,
            outcomes.Count(o => !o.Success),
            outcomes.Where(o => o.Timestamp > killedAt).Select(o => o.Duration).DefaultIfEmpty().Max(),
            reannounced ? Stopwatch.GetElapsedTime(restartedAt) : null);
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine(Invariant(
            $"2. Failover: {Shoppers} shoppers in {ClientCities.Of(Region)} (served by {ServedBefore}) while storefront-{Region} is killed (SIGKILL)"));
        Console.WriteLine(Invariant($"   first page from another region  {Ms(FirstServedElsewhere)} after the kill ({ServedBy ?? "none"})  aim < 1000 ms"));
        Console.WriteLine(Invariant($"   region withdrawn on /_xdt/status {Ms(Withdrawn)} after the kill"));
        Console.WriteLine(Invariant($"   failed requests                  {Failed} of {Requests}  aim 0"));
        Console.WriteLine(Invariant($"   slowest request after the kill   {Ms(SlowestAfterKill)}"));
        Console.WriteLine(Invariant($"   re-announced after restart       {Ms(Reannounced)} (hold-down included)"));
    }

    private static string Ms(TimeSpan? span) => span is { } s ? Invariant($"{s.TotalMilliseconds,7:0.0} ms") : "  never";

    private static async Task<long?> WatchAsync(EdgeControl control, Region region, CancellationToken cancellationToken)
    {
        try
        {
            while (await control.RegionHealthAsync(region.Name, cancellationToken) == "up")
            {
                await Task.Delay(5, cancellationToken);
            }

            return Stopwatch.GetTimestamp();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async Task<bool> WaitForHealthAsync(EdgeControl control, Region region, string health, TimeSpan timeout)
    {
        try
        {
            await Eventually.UntilAsync(async () => await control.RegionHealthAsync(region.Name) == health, timeout,
                $"{region.Name} to be {health} on the edge status");
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
