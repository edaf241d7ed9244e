namespace Aspire.Hosting.ApplicationModel;

/// <summary>A region's storefront instances by resource name, the first always running.</summary>
public sealed record ScaledRegion(string Name, IReadOnlyList<string> Instances);
