namespace Xdt.Bench.Edge.Load;

/// <summary>What a closed-loop run served: its throughput is the most the path gave that many connections.</summary>
public sealed record ClosedLoopResult(int Connections, long Requests, long Errors, TimeSpan Elapsed, double CpuBusy)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
