namespace Xdt.Bench.Shark.Simulation;

/// <summary>Something that happens at a simulated time; ties break by the order of scheduling.</summary>
public readonly record struct SimEvent(EventKind Kind, Shopper? Shopper = null, int Page = 0, SimRequest? Request = null, SimRegion? Region = null, long Start = 0);
