using System.Buffers;
using System.Diagnostics;
using HdrHistogram;
using Xdt.Testing.Machine;

namespace Xdt.Bench.Edge.Load;

/// <summary>
/// Open-loop load for latency: requests leave on a fixed schedule (<c>rate</c> per second) whether or not earlier ones
/// have been answered, and each latency runs from the request's scheduled send time to its last body byte, so a stall
/// is charged to every request it delayed (no coordinated omission). With fewer connections than requests in flight,
/// requests wait for a connection, and that wait counts too. The schedule runs on its own thread.
/// </summary>
public sealed class OpenLoop(HttpMessageInvoker client, Uri page, int connections)
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    public async Task<OpenLoopResult> RunAsync(double rate, TimeSpan duration)
    {
        var count = Math.Max(1, (int)Math.Round(rate * duration.TotalSeconds));
        var interval = Stopwatch.Frequency / rate;
        var latency = LatencyHistogram.Create();
        var sendLag = LatencyHistogram.Create();
        var requests = new Task<bool>[count];
        var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Requests not answered this long after the schedule ends count as failures.
        using var abandon = new CancellationTokenSource(duration + Grace);
        var cpu = CpuTimes.Read();
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100;
        var scheduler = new Thread(() =>
        {
            PreciseSleep.TightenTimerSlack();
            for (var i = 0; i < count; i++)
            {
                var due = start + (long)(i * interval);
                PreciseSleep.Until(due);
                sendLag.RecordValue(LatencyHistogram.Micros(Stopwatch.GetTimestamp() - due));
                requests[i] = SendAsync(due, latency, abandon.Token);
            }

            scheduled.SetResult();
        })
        { IsBackground = true, Name = "open-loop schedule" };
        scheduler.Start();
        await scheduled.Task;
        var outcomes = await Task.WhenAll(requests);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var cpuBusy = CpuTimes.Read().BusyShareSince(cpu);
        var succeeded = outcomes.Count(ok => ok);
        return new OpenLoopResult(connections, rate, count, succeeded, count - succeeded, elapsed, latency, sendLag, cpuBusy);
    }

    private async Task<bool> SendAsync(long due, HistogramBase latency, CancellationToken abandon)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(32 * 1024);
        try
        {
            if (!await Requests.GetAsync(client, page, buffer, abandon))
            {
                return false;
            }

            latency.RecordValue(LatencyHistogram.Micros(Stopwatch.GetTimestamp() - due));
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
