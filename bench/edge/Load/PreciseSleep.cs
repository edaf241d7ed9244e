using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Xdt.Bench.Edge.Load;

/// <summary>
/// Sleeps until a Stopwatch timestamp with tens of microseconds of lateness instead of the millisecond of
/// <see cref="Thread.Sleep(int)"/>, without spinning a core the router and storefront need: Linux nanosleep, with the
/// thread's timer slack cut from 50 µs to 1 µs. Whatever lateness is left is charged to the measured request.
/// </summary>
public static partial class PreciseSleep
{
    private const int PrSetTimerSlack = 29;

    /// <summary>Call once on the sleeping thread.</summary>
    public static void TightenTimerSlack()
    {
        if (OperatingSystem.IsLinux())
        {
            _ = Prctl(PrSetTimerSlack, 1, 0, 0, 0);
        }
    }

    public static void Until(long dueTimestamp)
    {
        while (dueTimestamp - Stopwatch.GetTimestamp() is var remaining and > 0)
        {
            var nanoseconds = (long)(remaining * (1e9 / Stopwatch.Frequency));
            if (OperatingSystem.IsLinux())
            {
                var request = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
                _ = NanoSleep(ref request, IntPtr.Zero); // an interrupted sleep just goes round again
            }
            else
            {
                Thread.Sleep(TimeSpan.FromTicks(Math.Max(1, nanoseconds / 100)));
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "nanosleep")]
    private static partial int NanoSleep(ref Timespec request, IntPtr remaining);

    [LibraryImport("libc", EntryPoint = "prctl")]
    private static partial int Prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    /// <summary>struct timespec on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
