namespace Xdt.Bench.Edge.Peers;

/// <summary>One figure over the rounds of a run: its mean, and the lowest and highest round.</summary>
public sealed record Spread(double Mean, double Min, double Max)
{
    public double Width => Max - Min;

    public static Spread Of(IEnumerable<double> rounds)
    {
        var values = rounds.Where(v => !double.IsNaN(v)).ToArray();
        return values.Length == 0 ? new Spread(double.NaN, double.NaN, double.NaN) : new Spread(values.Average(), values.Min(), values.Max());
    }

    /// <summary>Every round of this figure lies above every round of <paramref name="other"/>: the gap is beyond the spread.</summary>
    public bool AboveBeyondSpread(Spread other) => Min > other.Max;
}
