using System.Globalization;
using Xdt.Bench.Kafka.Brokers;
using Xdt.Bench.Kafka.Runs;

namespace Xdt.Bench.Kafka;

/// <summary>One round on one broker: a latency phase per rate, then the throughput phase; each phase printed as it ends.</summary>
public static class BrokerRound
{
    public static async Task<RunFigures> RunAsync(IBenchBroker broker, int round, IReadOnlyList<int> rates, TimeSpan duration, long events, Payloads payloads)
    {
        var latency = new List<LatencyResult>();
        foreach (var rate in rates)
        {
            var result = await new LatencyRun(broker, payloads).RunAsync(rate, duration);
            latency.Add(result);
            Print(broker, round, string.Create(CultureInfo.InvariantCulture,
                $"{rate}/s → {result.AchievedRate:0}/s: p50 {result.P50Ms:0.00} p99 {result.P99Ms:0.00} max {result.MaxMs:0.00} ms, " +
                $"{result.Received}/{result.Sent} consumed, {result.Failed} failed, sender lag p99 {result.SendLagP99Ms:0.00} ms"),
                result.Cpu);
        }

        var throughput = await new ThroughputRun(broker, payloads).RunAsync(events);
        Print(broker, round, string.Create(CultureInfo.InvariantCulture,
            $"throughput {throughput.Events} × 1 KB: produced {throughput.ProducedPerSecond:0}/s acked, consumed {throughput.ConsumedPerSecond:0}/s, {throughput.Failed} failed"),
            throughput.Cpu);
        return new RunFigures(broker.Name, round, latency, throughput);
    }

    private static void Print(IBenchBroker broker, int round, string what, PhaseCpu cpu)
    {
        var brokerShare = cpu.BrokerCores is { } cores ? string.Create(CultureInfo.InvariantCulture, $", broker process {cores:0.00} cores") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  round {round} {broker.Name,-5} {what}; CPU: machine {cpu.MachineBusy:P0} busy{brokerShare}, bench process {cpu.BenchCores:0.00} cores"));
    }
}
