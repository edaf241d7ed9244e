using Xdt.Bench.Kafka.Runs;

namespace Xdt.Bench.Kafka;

/// <summary>Everything one round measured on one broker.</summary>
public sealed record RunFigures(string Broker, int Round, IReadOnlyList<LatencyResult> Latency, ThroughputResult Throughput);
