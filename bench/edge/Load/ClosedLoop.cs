using System.Diagnostics;
using Xdt.Testing.Machine;

namespace Xdt.Bench.Edge.Load;

/// <summary>
/// Closed-loop load for throughput: each connection keeps one request in flight and sends the next as soon as the
/// answer is read, for a fixed time. Its latencies are not reported: a closed loop waits for a slow answer before it
/// sends again, so it hides the queueing an open loop shows (coordinated omission).
/// </summary>
public sealed class ClosedLoop(HttpMessageInvoker client, Uri page, int connections)
{
    public async Task<ClosedLoopResult> RunAsync(TimeSpan duration)
    {
        using var abandon = new CancellationTokenSource(duration + TimeSpan.FromSeconds(30));
        var cpu = CpuTimes.Read();
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(() => WorkAsync(stopAt, abandon.Token)));
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new ClosedLoopResult(
            connections, results.Sum(r => r.Succeeded), results.Sum(r => r.Failed), elapsed, CpuTimes.Read().BusyShareSince(cpu));
    }

    private async Task<(long Succeeded, long Failed)> WorkAsync(long stopAt, CancellationToken abandon)
    {
        var buffer = new byte[32 * 1024];
        long succeeded = 0, failed = 0;
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            if (await Requests.GetAsync(client, page, buffer, abandon))
            {
                succeeded++;
            }
            else
            {
                failed++;
            }
        }

        return (succeeded, failed);
    }
}
