namespace Xdt.Bench.Shark.Replay;

/// <summary>One figure of the real run beside the simulation's at the same scale, and whether they agree within the stated tolerance.</summary>
public sealed record ReplayCheck(string Figure, string Real, string Simulated, string Tolerance, bool Holds);
