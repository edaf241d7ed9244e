using System.Collections.Concurrent;
using System.Diagnostics;

namespace Xdt.Bench.Edge.Drills;

/// <summary>
/// A few shoppers requesting one page back to back, every outcome recorded with its completion time: a failure
/// is an exception or a status outside 2xx/3xx.
/// </summary>
public sealed class ShopperLoop(HttpClient client, string path, int shoppers)
{
    /// <param name="Timestamp">Stopwatch timestamp at completion.</param>
    public sealed record Outcome(long Timestamp, TimeSpan Duration, bool Success, string? Region);

    private readonly ConcurrentQueue<Outcome> _outcomes = new();

    public string LastRegion => _outcomes.LastOrDefault(o => o.Success)?.Region ?? "none";

    public async Task<IReadOnlyList<Outcome>> RunAsync(CancellationToken stop)
    {
        await Task.WhenAll(Enumerable.Range(0, shoppers).Select(_ => Task.Run(() => ShopAsync(stop))));
        return _outcomes.OrderBy(o => o.Timestamp).ToList();
    }

    private async Task ShopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(path, CancellationToken.None);
                var success = (int)response.StatusCode is >= 200 and < 400;
                _outcomes.Enqueue(new Outcome(Stopwatch.GetTimestamp(), Stopwatch.GetElapsedTime(start), success, DemoPage.RegionOf(response)));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // HttpClient reports its own timeout as a TaskCanceledException: to a shopper that is a failure too.
                _outcomes.Enqueue(new Outcome(Stopwatch.GetTimestamp(), Stopwatch.GetElapsedTime(start), false, null));
            }
        }
    }
}
