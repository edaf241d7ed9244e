namespace Aspire.Hosting.ApplicationModel;

/// <summary>What the <see cref="StorefrontScaler"/> needs: where the edge's autoscaler answers, and every region's instances.</summary>
public sealed record ScalingEntry(string EdgeResource, EndpointReference Edge, TimeSpan PollInterval, IReadOnlyList<ScaledRegion> Regions);
