namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>One region in <c>GET /_xdt/autoscaling</c>: what its autoscaler wants and what the edge sees.</summary>
/// <param name="Desired">Instances the region should run (stabilised, within min and max).</param>
/// <param name="Live">Instances the edge forwards to now.</param>
/// <param name="Declared">Instances the app host declared for the region.</param>
public sealed record RegionInstances(string Region, int Desired, int Live, int Declared);
