using System.Diagnostics;
using HdrHistogram;

namespace Xdt.Bench.Edge.Load;

/// <summary>HdrHistograms of latencies in microseconds (1 µs to 5 min, 3 significant digits), safe to record from many threads.</summary>
public static class LatencyHistogram
{
    private const long HighestMicros = 300_000_000;

    public static HistogramBase Create() => new LongConcurrentHistogram(1, HighestMicros, 3);

    public static long Micros(long stopwatchTicks) =>
        Math.Clamp((long)(stopwatchTicks * (1e6 / Stopwatch.Frequency)), 1, HighestMicros);

    /// <summary>The value at a percentile (0–100) in milliseconds; NaN for an empty histogram.</summary>
    public static double Ms(this HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? double.NaN : histogram.GetValueAtPercentile(percentile) / 1000.0;
}
