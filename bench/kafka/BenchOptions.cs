using System.Globalization;
using Xdt.Testing;

namespace Xdt.Bench.Kafka;

/// <summary>
/// Command-line settings: <c>--duration 5</c> (seconds per latency rate), <c>--rates 1000,10000</c>, <c>--rounds 2</c>
/// (each broker measured this many times, alternating), <c>--events 60000</c> (1 KB events of the throughput phase),
/// <c>--warmup 2</c> (seconds at the first rate, per broker, before the first round).
/// </summary>
public sealed record BenchOptions(TimeSpan Duration, IReadOnlyList<int> Rates, int Rounds, long Events, TimeSpan WarmUp)
{
    public static BenchOptions Parse(string[] args)
    {
        var arguments = new BenchArguments(args);
        var rates = (arguments.Get("rates") ?? "1000,10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => int.Parse(r, CultureInfo.InvariantCulture))
            .ToList();
        var options = new BenchOptions(
            arguments.Seconds("duration", 5), rates, arguments.Int("rounds", 2), arguments.Int("events", 60_000), arguments.Seconds("warmup", 2));
        return options.Rates.Count == 0 || options.Rates.Any(r => r <= 0) || options.Rounds < 1 || options.Events < 1
            ? throw new ArgumentException("--rates needs positive rates; --rounds and --events at least 1.")
            : options;
    }
}
