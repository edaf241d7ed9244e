using static System.FormattableString;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// The open-loop rates every path is offered, the same for all, below what the slowest path sustained in the
/// calibration: a quarter of it on one connection (latency of a lone request, barely any queueing for the
/// connection) and half of it on many (a busy but unsaturated machine).
/// </summary>
public sealed record PeerRates(double Single, double Many)
{
    public const double SingleShare = 0.25;
    public const double ManyShare = 0.5;

    public static PeerRates From(IReadOnlyList<PeerBlock> calibration) => new(
        Math.Max(10, Math.Floor(SingleShare * calibration.Min(b => b.ClosedSingle.RequestsPerSecond))),
        Math.Max(10, Math.Floor(ManyShare * calibration.Min(b => b.ClosedMany.RequestsPerSecond))));

    public string Describe(int connections) => Invariant(
        $"{Single:0} req/s on 1 connection ({SingleShare:0%} of the slowest path's closed-loop rate), {Many:0} req/s on {connections} ({ManyShare:0%})");
}
