using System.Globalization;

namespace Xdt.Bench.Replication;

/// <summary>Percentiles of a set of latency samples in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public string Row(string label) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-12} {Count,8} {P50,9:0.0} {P95,9:0.0} {P99,9:0.0} {Max,9:0.0}");

    public const string Header = "region        samples   p50 ms    p95 ms    p99 ms    max ms";
}
