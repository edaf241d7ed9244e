namespace Xdt.Bench.Shark.Replay;

/// <summary>
/// How the real run was set up: the crowd (drawn from <see cref="Seed"/> exactly as the simulation draws it) and the
/// world's edge and autoscaler settings. Enough to run the simulation at the same scale.
/// </summary>
/// <param name="ArrivalsSeconds">The window the crowd's arrivals were squeezed into (<c>--duration</c>).</param>
/// <param name="TailSeconds">Pages due later than this after the last arrival were not sent.</param>
/// <param name="RampSeconds">The rise to <see cref="Surge"/> times the baseline, after the window's bounds were applied.</param>
/// <param name="SoftLimit">Overflow soft limit per live instance (in flight through the edge).</param>
/// <param name="LatencySimulation">The edge delayed each way by the modelled one-way time.</param>
/// <param name="ClientTimeoutSeconds">A page not answered within this long failed (the shopper left).</param>
public sealed record RecordedConfiguration(
    int Shoppers,
    int Seed,
    double ArrivalsSeconds,
    double TailSeconds,
    double Surge,
    double RampSeconds,
    double PagesPerSession,
    double ThinkSeconds,
    IReadOnlyList<string> Regions,
    int SoftLimit,
    int HardLimit,
    int MinInstances,
    int MaxInstances,
    double TargetInFlightPerInstance,
    double SyncPeriodSeconds,
    double ScaleUpWindowSeconds,
    double ScaleDownWindowSeconds,
    bool LatencySimulation,
    double ClientTimeoutSeconds);
