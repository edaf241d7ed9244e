namespace Xdt.Bench.Shark.Simulation;

/// <summary>A page request on its way through the simulated edge and region.</summary>
public sealed class SimRequest(Shopper shopper, int page, SimRegion region, double sentAt, double rttMs, bool overflowed)
{
    public Shopper Shopper => shopper;

    public int Page => page;

    public SimRegion Region => region;

    public double SentAt => sentAt;

    public double RttMs => rttMs;

    public bool Overflowed => overflowed;

    public RequestState State { get; set; } = RequestState.OnTheWay;
}
