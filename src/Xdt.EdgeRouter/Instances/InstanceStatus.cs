namespace Xdt.EdgeRouter.Instances;

/// <summary>One storefront instance on the status page.</summary>
/// <param name="Live">Healthy by the edge's probes: it takes traffic.</param>
/// <param name="InFlight">Requests the edge has in flight to it.</param>
public sealed record InstanceStatus(string Name, string Url, bool Live, int InFlight);
