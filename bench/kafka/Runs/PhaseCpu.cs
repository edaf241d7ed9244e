namespace Xdt.Bench.Kafka.Runs;

/// <summary>CPU during a phase: the machine's busy share (0–1, all cores), the broker process's and this process's cores.</summary>
public readonly record struct PhaseCpu(double MachineBusy, double? BrokerCores, double BenchCores);
