using static System.FormattableString;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// Issue 10's aims for the router, judged on one run: at most 0.5 ms added to the p50 of a lone request (edge minus
/// direct, round by round), and at least 90 % of nginx's throughput at many connections. A run in which a proxy beat
/// direct beyond the spread between rounds proves nothing either way: its verdicts are INVALID.
/// </summary>
public sealed record EdgeAims(Spread AddedP50Single, Spread ThroughputRatio, double EdgeMany, double NginxMany, IReadOnlyList<string> Impossible, int Connections)
{
    public const double AimAddedP50Ms = 0.5;
    public const double AimThroughputRatio = 0.90;

    public static EdgeAims Of(PeerComparison run)
    {
        var direct = run.Summary(PeerPath.Direct);
        var edge = run.Summary(PeerPath.Edge);
        var nginx = run.Summary(PeerPath.Nginx);
        var rounds = run.Blocks.GroupBy(b => b.Round).Select(g => g.ToDictionary(b => b.Path)).ToList();
        return new EdgeAims(
            Spread.Of(rounds.Select(r => r[PeerPath.Edge].OpenSingle!.P50Ms - r[PeerPath.Direct].OpenSingle!.P50Ms)),
            Spread.Of(rounds.Select(r => r[PeerPath.Edge].ClosedMany.RequestsPerSecond / r[PeerPath.Nginx].ClosedMany.RequestsPerSecond)),
            edge.ThroughputMany.Mean,
            nginx.ThroughputMany.Mean,
            [.. edge.ImpossibleAgainst(direct, run.Options.Connections), .. nginx.ImpossibleAgainst(direct, run.Options.Connections)],
            run.Options.Connections);
    }

    public bool Valid => Impossible.Count == 0;

    /// <summary>Edge over nginx, from the means over the rounds (as the summary line gives it).</summary>
    public double Ratio => EdgeMany / NginxMany;

    public void Print()
    {
        Console.WriteLine(Valid
            ? "   Validity: valid — no proxy served more or answered sooner than direct beyond the spread between rounds"
            : "   Validity: INVALID — " + string.Join("; ", Impossible) + " (beyond the spread between rounds)");
        Console.WriteLine("   Aims (issue 10):");
        Console.WriteLine(Invariant(
            $"   added p50 on 1 connection (edge − direct)        {AddedP50Single.Mean,6:+0.00;-0.00} ms (rounds {AddedP50Single.Min:+0.00;-0.00} … {AddedP50Single.Max:+0.00;-0.00})  aim ≤ {AimAddedP50Ms} ms  {Verdict(AddedP50Single.Mean <= AimAddedP50Ms)}"));
        Console.WriteLine(Invariant(
            $"   throughput at {Connections} connections, edge / nginx     {Ratio,6:0%}    (rounds {ThroughputRatio.Min:0%} … {ThroughputRatio.Max:0%})      aim ≥ {AimThroughputRatio:0%}    {Verdict(Ratio >= AimThroughputRatio)}"));
    }

    /// <summary>The run's last line, in the one format scripts compare (no thousands separators).</summary>
    public string SummaryLine() => Invariant(
        $"edge: {EdgeMany:0} req/s at {Connections} connections, nginx {NginxMany:0} req/s, ratio {Ratio:0.00}, {AddedP50Single.Mean:+0.00;-0.00} ms p50 at 1 connection");

    private string Verdict(bool met) => !Valid ? "INVALID" : met ? "met" : "missed";
}
