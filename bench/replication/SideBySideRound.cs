namespace Xdt.Bench.Replication;

/// <summary>
/// One measured round of one path: a warm-up at the same rate (not measured), then the round itself; its window
/// selects the row versions written during it, and its achieved rate is printed beside the requested one.
/// </summary>
public sealed record SideBySideRound(string Path, DateTime From, DateTime To, double Achieved)
{
    public static async Task<SideBySideRound> RunAsync(
        string path, Func<CancellationToken, Task> load, Func<long> sent, TimeSpan length, TimeSpan warmup)
    {
        using (var warm = new CancellationTokenSource(warmup))
        {
            await load(warm.Token);
        }

        var before = sent();
        var from = DateTime.UtcNow;
        using (var measured = new CancellationTokenSource(length))
        {
            await load(measured.Token);
        }

        var to = DateTime.UtcNow;
        return new SideBySideRound(path, from, to, (sent() - before) / (to - from).TotalSeconds);
    }

    /// <summary>The latencies a probe saw for the versions written in the rounds of one path.</summary>
    public static List<double> Samples(IEnumerable<SideBySideRound> rounds, string path, VisibilityProbe probe) =>
        [.. rounds.Where(r => r.Path == path).SelectMany(r => probe.SamplesWrittenBetween(r.From, r.To))];
}
