using System.Collections.Concurrent;
using System.Diagnostics;
using Xdt.HttpContract;

namespace Xdt.Tests.World;

/// <summary>What a group of shopper loops saw: who served each answer and when, and every failure.</summary>
public sealed class ShopperLoopResults
{
    private readonly ConcurrentQueue<(long At, string Region)> _served = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public IReadOnlyCollection<string> Failures => _failures;

    public void Record(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            _failures.Enqueue($"{(int)response.StatusCode} from {Region(response)}");
            return;
        }

        _served.Enqueue((Stopwatch.GetTimestamp(), Region(response)));
    }

    public void RecordFailure(string reason) => _failures.Enqueue(reason);

    public int ServedBy(string region) => _served.Count(s => s.Region == region);

    public int ServedAfter(long timestamp, Func<string, bool> region) => _served.Count(s => s.At > timestamp && region(s.Region));

    public Task WaitForAsync(Func<ShopperLoopResults, bool> condition, string what) =>
        Eventually.HoldsAsync(() => Task.FromResult(condition(this)), done => done, TimeSpan.FromSeconds(30), what);

    private static string Region(HttpResponseMessage response) =>
        response.Headers.TryGetValues(XdtHeaders.Region, out var values) ? values.First() : "?";
}
