using Xdt.Geography;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>The world's public entry and the regions behind it, for whoever needs to reach the world as a shopper.</summary>
internal sealed record EdgeEntry(EndpointReference Endpoint, IReadOnlyList<Region> Regions);
