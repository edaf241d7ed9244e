using System.Diagnostics;

namespace Xdt.Bench.Edge;

/// <summary>
/// Closed-loop load: a fixed number of workers, each with one request in flight, for a fixed time. Each worker
/// keeps its own latency list and a reusable body buffer, so the loop allocates little beyond the request itself.
/// </summary>
public sealed class LoadLoop(HttpMessageInvoker client, Uri page, int connections)
{
    public sealed record WorkerResult(List<double> LatenciesMs, long Errors);

    public async Task<LoadResult> RunAsync(TimeSpan duration)
    {
        using var abandon = new CancellationTokenSource(duration + TimeSpan.FromSeconds(30));
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(() => WorkAsync(stopAt, abandon.Token)));
        var results = await Task.WhenAll(workers);
        return LoadResult.Of(results, Stopwatch.GetElapsedTime(started));
    }

    private async Task<WorkerResult> WorkAsync(long stopAt, CancellationToken abandon)
    {
        var buffer = new byte[32 * 1024];
        var latencies = new List<double>(capacity: 1 << 16);
        long errors = 0;
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page);
                using var response = await client.SendAsync(request, abandon);
                await using var body = await response.Content.ReadAsStreamAsync(abandon);
                while (await body.ReadAsync(buffer, abandon) > 0)
                {
                }

                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    errors++;
                }
            }
            catch (HttpRequestException)
            {
                errors++;
            }
        }

        return new WorkerResult(latencies, errors);
    }
}
