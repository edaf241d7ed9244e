using System.Globalization;
using Xdt.Bench.Kafka.Runs;

namespace Xdt.Bench.Kafka;

/// <summary>
/// The side-by-side table: each figure as the median of its rounds, the ratio ours/mock, and every round's value with
/// the spread between rounds (half the range, relative to the median), so a reader sees how much to trust a difference.
/// </summary>
public sealed class Report(IReadOnlyList<RunFigures> runs, string ours, string mock)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void Print(IReadOnlyList<int> rates)
    {
        Console.WriteLine($"| figure | {ours} | {mock} | {ours}/{mock} | {ours} rounds (spread) | {mock} rounds (spread) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        for (var i = 0; i < rates.Count; i++)
        {
            var at = i;
            var rate = rates[i];
            Row($"{rate}/s requested: achieved events/s", r => r.Latency[at].AchievedRate, "0");
            Row($"{rate}/s: produce → consumed p50 ms", r => r.Latency[at].P50Ms, "0.00");
            Row($"{rate}/s: p99 ms", r => r.Latency[at].P99Ms, "0.00");
            Row($"{rate}/s: max ms", r => r.Latency[at].MaxMs, "0.00");
            Row($"{rate}/s: sender's own lag p99 ms (in every figure above)", r => r.Latency[at].SendLagP99Ms, "0.00");
            Cpu($"{rate}/s", r => r.Latency[at].Cpu);
        }

        Row("1 KB events/s acknowledged to one producer", r => r.Throughput.ProducedPerSecond, "0");
        Row("1 KB events/s read by one consumer", r => r.Throughput.ConsumedPerSecond, "0");
        Cpu("throughput phase", r => r.Throughput.Cpu);
    }

    private void Cpu(string phase, Func<RunFigures, PhaseCpu> cpu)
    {
        Row($"{phase}: machine CPU busy % (/proc/stat)", r => cpu(r).MachineBusy * 100, "0");
        Row($"{phase}: broker process CPU, cores", r => cpu(r).BrokerCores, "0.00");
        Row($"{phase}: bench process CPU (clients; the mock too), cores", r => cpu(r).BenchCores, "0.00");
    }

    /// <summary>The last line: p99 at the first rate, ours against the mock.</summary>
    public string Verdict(int rate)
    {
        var kafka = Median(ours, r => r.Latency[0].P99Ms)!.Value;
        var mockP99 = Median(mock, r => r.Latency[0].P99Ms)!.Value;
        return string.Create(Invariant, $"kafka: p99 {kafka:0.00} ms at {rate}/s, mock p99 {mockP99:0.00} ms, ratio {kafka / mockP99:0.00}");
    }

    private void Row(string figure, Func<RunFigures, double?> value, string format)
    {
        var a = Median(ours, value);
        var b = Median(mock, value);
        var ratio = a is { } x && b is { } y && y != 0 ? (x / y).ToString("0.00", Invariant) : "—";
        Console.WriteLine($"| {figure} | {Show(a, format)} | {Show(b, format)} | {ratio} | {Rounds(ours, value, format)} | {Rounds(mock, value, format)} |");
    }

    private double? Median(string broker, Func<RunFigures, double?> value)
    {
        var values = Values(broker, value);
        if (values.Count == 0)
        {
            return null;
        }

        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private string Rounds(string broker, Func<RunFigures, double?> value, string format)
    {
        var inOrder = runs.Where(r => r.Broker == broker).OrderBy(r => r.Round).Select(value).OfType<double>().ToList();
        if (inOrder.Count == 0)
        {
            return "—";
        }

        var median = Median(broker, value)!.Value;
        var spread = median == 0 ? 0 : (inOrder.Max() - inOrder.Min()) / 2 / median;
        return string.Join(" / ", inOrder.Select(v => v.ToString(format, Invariant))) + string.Create(Invariant, $" (±{spread:P0})");
    }

    private List<double> Values(string broker, Func<RunFigures, double?> value) =>
        [.. runs.Where(r => r.Broker == broker).Select(value).OfType<double>().Order()];

    private static string Show(double? value, string format) => value?.ToString(format, Invariant) ?? "—";
}
