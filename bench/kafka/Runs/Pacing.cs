using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// Waits for a scheduled send time without spinning (a spinning sender would take one of the two cores from the broker
/// under test): Thread.Sleep for long waits, usleep (≈ 50 µs of timer slack) for the last two milliseconds, since
/// Thread.Sleep cannot wait less than a millisecond.
/// </summary>
internal static partial class Pacing
{
    public static void WaitUntil(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            var microseconds = remaining * 1_000_000 / Stopwatch.Frequency;
            if (microseconds > 2_000)
            {
                Thread.Sleep(1);
            }
            else
            {
                _ = USleep((uint)Math.Max(microseconds, 1));
            }
        }
    }

    public static long Microseconds(long ticks) => ticks * 1_000_000 / Stopwatch.Frequency;

    [LibraryImport("libc", EntryPoint = "usleep")]
    private static partial int USleep(uint microseconds);
}
