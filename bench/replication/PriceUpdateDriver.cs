using System.Diagnostics;
using System.Net.Http.Json;

namespace Xdt.Bench.Replication;

/// <summary>
/// Sends price updates to the admin at a fixed rate (<see cref="OpenLoop"/>). Each update gives one product a new price,
/// the stores taking turns.
/// </summary>
public sealed class PriceUpdateDriver(HttpClient admin, int stores, int productsPerStore)
{
    private readonly List<(DateTime SentAt, double Milliseconds)> _answerTimes = [];
    private long _sent;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>
    /// How long each update sent between the two instants took to be answered, from its scheduled send time, in
    /// milliseconds: a round's answers, without its warm-up's.
    /// </summary>
    public List<double> AnswerTimesBetween(DateTime from, DateTime to)
    {
        lock (_answerTimes)
        {
            return [.. _answerTimes.Where(a => a.SentAt >= from && a.SentAt < to).Select(a => a.Milliseconds)];
        }
    }

    public Task RunAsync(int ratePerSecond, CancellationToken stop) => OpenLoop.RunAsync(ratePerSecond, SendAsync, stop);

    private async Task SendAsync(long sequence, long scheduled)
    {
        var sentAt = DateTime.UtcNow;
        try
        {
            var slug = BenchStore.Slug((int)(sequence % stores));
            var sku = $"BENCH-{sequence / stores % productsPerStore:D5}";
            var price = 1m + (sequence % 1_000_000) / 100m;
            using var response = await admin.PatchAsJsonAsync($"/admin/api/stores/{slug}/products/{sku}", new { price });
            var elapsed = Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds;
            lock (_answerTimes)
            {
                _answerTimes.Add((sentAt, elapsed));
            }

            Interlocked.Increment(ref response.IsSuccessStatusCode ? ref _sent : ref _failed);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
