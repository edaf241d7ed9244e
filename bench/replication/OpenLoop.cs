using System.Diagnostics;

namespace Xdt.Bench.Replication;

/// <summary>
/// Sends work on a fixed schedule (open loop: the schedule does not wait for slow answers, so a slow system shows up as
/// latency, not as a lower rate), with at most <see cref="MaxInFlight"/> outstanding. Each send gets its sequence number
/// and its scheduled time (a <see cref="Stopwatch"/> timestamp): latency is measured from there, so a send that had to
/// wait for a free slot counts its wait (no coordinated omission).
/// </summary>
public static class OpenLoop
{
    public const int MaxInFlight = 128;

    public static async Task RunAsync(int ratePerSecond, Func<long, long, Task> send, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var start = Stopwatch.GetTimestamp();
        var inFlight = new SemaphoreSlim(MaxInFlight);
        var tasks = new List<Task>();
        for (long i = 0; !stop.IsCancellationRequested; i++)
        {
            var wait = TimeSpan.FromSeconds((double)i / ratePerSecond) - clock.Elapsed;
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
            tasks.Add(SendAsync(i, start + (long)(i * (double)Stopwatch.Frequency / ratePerSecond)));
            if (tasks.Count > 4 * MaxInFlight)
            {
                tasks.RemoveAll(t => t.IsCompleted);
            }
        }

        await Task.WhenAll(tasks);

        async Task SendAsync(long sequence, long scheduled)
        {
            try
            {
                await send(sequence, scheduled);
            }
            finally
            {
                inFlight.Release();
            }
        }
    }
}
