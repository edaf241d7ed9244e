using System.Diagnostics;
using System.Net.Http.Json;

namespace Xdt.Bench.Replication;

/// <summary>
/// Sends price updates to the admin at a fixed rate (open loop: the schedule does not wait for slow answers, so a
/// slow system shows up as latency, not as a lower rate). Each update gives one product a new price, the stores taking turns.
/// </summary>
public sealed class PriceUpdateDriver(HttpClient admin, int stores, int productsPerStore)
{
    private const int MaxInFlight = 128;

    private readonly List<double> _answerTimes = [];
    private long _sent;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>How long the admin took to answer each update, in milliseconds.</summary>
    public IReadOnlyCollection<double> AnswerTimes
    {
        get { lock (_answerTimes) { return [.. _answerTimes]; } }
    }

    public async Task RunAsync(int ratePerSecond, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var inFlight = new SemaphoreSlim(MaxInFlight);
        var tasks = new List<Task>();
        for (long i = 0; !stop.IsCancellationRequested; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / ratePerSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            await inFlight.WaitAsync(CancellationToken.None);
            tasks.Add(SendAsync(i, inFlight));
            if (tasks.Count > 4 * MaxInFlight)
            {
                tasks.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(tasks);
    }

    private async Task SendAsync(long sequence, SemaphoreSlim inFlight)
    {
        try
        {
            var slug = BenchStore.Slug((int)(sequence % stores));
            var sku = $"BENCH-{sequence / stores % productsPerStore:D5}";
            var price = 1m + (sequence % 1_000_000) / 100m;
            var started = Stopwatch.GetTimestamp();
            using var response = await admin.PatchAsJsonAsync($"/admin/api/stores/{slug}/products/{sku}", new { price });
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (_answerTimes)
            {
                _answerTimes.Add(elapsed);
            }

            Interlocked.Increment(ref response.IsSuccessStatusCode ? ref _sent : ref _failed);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
        finally
        {
            inFlight.Release();
        }
    }
}
