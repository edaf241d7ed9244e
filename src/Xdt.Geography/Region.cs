namespace Xdt.Geography;

/// <summary>An edge region: a full storefront stack (replica, replicator, storefront) near its shoppers.</summary>
/// <param name="Name">Lower-case identifier used in resource names, headers and configuration.</param>
/// <param name="DisplayName">Human-readable city name.</param>
/// <param name="Location">Where the region's data centre is.</param>
public sealed record Region(string Name, string DisplayName, GeoPoint Location)
{
    public override string ToString() => Name;
}
