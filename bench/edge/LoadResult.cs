namespace Xdt.Bench.Edge;

/// <summary>What a closed-loop load run achieved: successful requests, failures and the latency of the successes.</summary>
public sealed record LoadResult(long Requests, long Errors, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public static LoadResult Of(IReadOnlyList<LoadLoop.WorkerResult> workers, TimeSpan elapsed)
    {
        var sorted = workers.SelectMany(w => w.LatenciesMs).ToArray();
        Array.Sort(sorted);
        return new LoadResult(sorted.Length, workers.Sum(w => w.Errors), elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
