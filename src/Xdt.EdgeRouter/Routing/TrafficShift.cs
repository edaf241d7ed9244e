namespace Xdt.EdgeRouter.Routing;

/// <summary>Moves <paramref name="Percent"/> % of the shoppers whose best region is <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record TrafficShift(string From, string To, double Percent);
