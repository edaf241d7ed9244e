using Xdt.EdgeRouter.Alerts;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Status;

/// <summary>The whole <c>GET /_xdt/status</c> document; <see cref="Alerts"/> are the world's firing alerts, read from Prometheus.</summary>
public sealed record EdgeStatus(
    DateTimeOffset Now,
    bool LatencySimulation,
    bool Centralized,
    double HoldDownMs,
    NetworkModel Network,
    IReadOnlyList<RegionStatus> Regions,
    IReadOnlyList<TrafficShift> Shifts,
    AlertsStatus Alerts);
