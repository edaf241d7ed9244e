using HdrHistogram;

namespace Xdt.Bench.Edge.Load;

/// <summary>
/// What an open-loop run achieved: the rate asked for and the rate answered, latencies from the scheduled send time,
/// and how late the schedule itself ran (the client's own share of every latency).
/// </summary>
public sealed record OpenLoopResult(
    int Connections, double RequestedRate, int Sent, int Succeeded, int Failed, TimeSpan Elapsed,
    HistogramBase Latency, HistogramBase SendLag, double CpuBusy)
{
    /// <summary>Successful answers per second from the first scheduled send to the last answer.</summary>
    public double AchievedRate => Succeeded / Elapsed.TotalSeconds;

    public double P50Ms => Latency.Ms(50);

    public double P99Ms => Latency.Ms(99);
}
