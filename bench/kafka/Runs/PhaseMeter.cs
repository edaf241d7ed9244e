using System.Diagnostics;
using Xdt.Bench.Kafka.Brokers;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// What a phase cost: the machine's busy share from /proc/stat, and the exact CPU time (in cores) of the broker's own
/// process when it has one and of this benchmark process (its clients, and the mock when the mock is measured).
/// /proc/stat is sampled at timer ticks, so it misses much of a load made of many short bursts (a broker answering
/// thousands of small requests a second); the per-process figures are counted by the scheduler and are exact.
/// </summary>
internal sealed class PhaseMeter(IBenchBroker broker)
{
    private readonly CpuSample _machine = CpuSample.Now();
    private readonly TimeSpan? _broker = broker.CpuTime;
    private readonly TimeSpan _bench = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _started = Stopwatch.GetTimestamp();

    public PhaseCpu Stop()
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        var brokerCores = broker.CpuTime is { } now && _broker is { } then ? (now - then) / elapsed : (double?)null;
        var benchCores = (Process.GetCurrentProcess().TotalProcessorTime - _bench) / elapsed;
        return new PhaseCpu(CpuSample.Now().BusyShareSince(_machine), brokerCores, benchCores);
    }
}
