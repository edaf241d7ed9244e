using System.Diagnostics;

namespace Xdt.Bench.Shark.Real;

/// <summary>Seconds since the crowd's start, from one monotonic timestamp shared by every session.</summary>
public sealed class RunClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public double Seconds => Stopwatch.GetElapsedTime(_start).TotalSeconds;

    /// <summary>Waits until <paramref name="seconds"/>; a late wake-up is not hidden: latency runs from the due time.</summary>
    public Task UntilAsync(double seconds)
    {
        var remaining = seconds - Seconds;
        return remaining > 0 ? Task.Delay(TimeSpan.FromSeconds(remaining)) : Task.CompletedTask;
    }
}
