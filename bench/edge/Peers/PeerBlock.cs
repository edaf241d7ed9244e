using Xdt.Bench.Edge.Load;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// One path measured once, after its warm-up: closed-loop throughput and open-loop latency, at one and at many
/// connections, and the CPU time the proxy and the storefront spent per request during the closed loop at many.
/// </summary>
public sealed record PeerBlock(
    int Round, string Path, ClosedLoopResult ClosedSingle, ClosedLoopResult ClosedMany, OpenLoopResult? OpenSingle, OpenLoopResult? OpenMany,
    double ProxyCpuMsPerRequest, double StorefrontCpuMsPerRequest);
