using Xdt.Geography;

namespace Xdt.EdgeRouter.Routing;

/// <summary>Where a request goes, why (<see cref="RouteTags"/>), and the modelled RTT to get there.</summary>
public sealed record RoutingDecision(Region Region, string Route, double RttMs);
