namespace Xdt.EdgeRouter.Routing;

/// <summary>One storefront process of a region: its resource name (<c>storefront-frankfurt-2</c>) and direct base address.</summary>
public sealed record StorefrontInstance(string Name, Uri Url);
