namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// One producer pushing <see cref="Events"/> 1 KB events as fast as it is acknowledged, then one consumer reading them
/// all back from the beginning.
/// </summary>
public sealed record ThroughputResult(long Events, long Failed, double ProducedPerSecond, double ConsumedPerSecond, PhaseCpu Cpu);
