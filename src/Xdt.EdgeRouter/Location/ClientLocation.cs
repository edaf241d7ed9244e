using Xdt.Geography;

namespace Xdt.EdgeRouter.Location;

/// <summary>Where the edge believes a shopper is.</summary>
/// <param name="Name">City name, or "lat,lon" when a trusted header gave coordinates.</param>
/// <param name="Point">Coordinates used for distance.</param>
/// <param name="Source">How it was determined: <c>address</c>, <c>header</c> or <c>unknown</c>.</param>
public sealed record ClientLocation(string Name, GeoPoint Point, string Source)
{
    public const string FromAddress = "address";
    public const string FromHeader = "header";
    public const string Unknown = "unknown";

    public static ClientLocation Of(ClientCity city, string source) => new(city.Name, city.Location, source);
}
