namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>An axis-aligned rectangle on the map, for keeping labels off each other and off the markers.</summary>
public readonly record struct MapBox(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;

    public double Bottom => Top + Height;

    public static MapBox Around(MapPoint centre, double radius) => new(centre.X - radius, centre.Y - radius, 2 * radius, 2 * radius);

    public double OverlapArea(MapBox other) =>
        Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left))
        * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));

    /// <summary>How much of this box lies outside <paramref name="bounds"/>.</summary>
    public double AreaOutside(MapBox bounds) => Width * Height - OverlapArea(bounds);
}
