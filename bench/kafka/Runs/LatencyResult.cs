namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// One open-loop latency phase: <see cref="Sent"/> events scheduled at <see cref="RequestedRate"/>, latency from each
/// event's scheduled time to its consumption (so a stalled sender or broker shows up, no coordinated omission).
/// <see cref="SendLagP99Ms"/> is the benchmark's own share: how late the sender was against the schedule.
/// </summary>
public sealed record LatencyResult(
    int RequestedRate, double AchievedRate, long Sent, long Received, long Failed,
    double P50Ms, double P99Ms, double MaxMs, double SendLagP99Ms, PhaseCpu Cpu);
