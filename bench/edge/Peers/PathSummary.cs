namespace Xdt.Bench.Edge.Peers;

/// <summary>One path's figures over the rounds: throughput from the closed loops, latency from the open loops.</summary>
public sealed record PathSummary(
    string Path, Spread ThroughputSingle, Spread ThroughputMany, Spread P50Single, Spread P99Single, Spread P50Many, Spread P99Many)
{
    public static PathSummary Of(string path, IReadOnlyList<PeerBlock> rounds) => new(
        path,
        Spread.Of(rounds.Select(b => b.ClosedSingle.RequestsPerSecond)),
        Spread.Of(rounds.Select(b => b.ClosedMany.RequestsPerSecond)),
        Spread.Of(rounds.Select(b => b.OpenSingle!.P50Ms)),
        Spread.Of(rounds.Select(b => b.OpenSingle!.P99Ms)),
        Spread.Of(rounds.Select(b => b.OpenMany!.P50Ms)),
        Spread.Of(rounds.Select(b => b.OpenMany!.P99Ms)));

    /// <summary>
    /// What a proxy cannot do to the backend it proxies: serve more, or answer sooner, than going direct — beyond the
    /// spread between rounds. Each such finding makes the run's comparison invalid.
    /// </summary>
    public IEnumerable<string> ImpossibleAgainst(PathSummary direct, int connections)
    {
        if (ThroughputMany.AboveBeyondSpread(direct.ThroughputMany))
        {
            yield return $"{Path} served more than direct at {connections} connections";
        }

        if (ThroughputSingle.AboveBeyondSpread(direct.ThroughputSingle))
        {
            yield return $"{Path} served more than direct on 1 connection";
        }

        if (direct.P50Single.AboveBeyondSpread(P50Single))
        {
            yield return $"{Path} answered sooner than direct (p50, 1 connection)";
        }

        if (direct.P50Many.AboveBeyondSpread(P50Many))
        {
            yield return $"{Path} answered sooner than direct (p50, {connections} connections)";
        }
    }
}
