using Xdt.Geography;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Equirectangular projection of the globe onto the console's map: longitude and latitude scale alike, which is all a
/// map of nine cities needs. The far north and south (no region there) are cut off to give the map room.
/// </summary>
public sealed record MapProjection(double Width, double NorthLatitude, double SouthLatitude)
{
    /// <summary>1000 wide, from 80° N to 64° S: 400 high, the same number of units per degree both ways.</summary>
    public static MapProjection World { get; } = new(1000, 80, -64);

    private double UnitsPerDegree => Width / 360;

    public double Height => (NorthLatitude - SouthLatitude) * UnitsPerDegree;

    /// <summary>Points beyond the cut latitudes land on the map's edge, so an outline crossing it stays closed.</summary>
    public MapPoint Project(GeoPoint point) => new(
        (Math.Clamp(point.Longitude, -180, 180) + 180) * UnitsPerDegree,
        (NorthLatitude - Math.Clamp(point.Latitude, SouthLatitude, NorthLatitude)) * UnitsPerDegree);
}
