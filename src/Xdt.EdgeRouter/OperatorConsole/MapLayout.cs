using Xdt.Geography;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Everything static about the console's map, computed once on the server (where it is unit-tested) and sent as JSON:
/// the land as SVG point lists and every region's marker and label position. The page only colours and sizes them.
/// </summary>
public sealed record MapLayout(double Width, double Height, IReadOnlyList<string> Land, IReadOnlyList<MapRegion> Regions)
{
    /// <summary>
    /// Characters the label's second line needs, e.g. "lag 1234 ms · 100 %" (health is the marker's colour: a longer line
    /// would not fit between Beijing, Shanghai and Hong Kong).
    /// </summary>
    public const int StatusLineCharacters = 19;

    public static MapLayout Build(IReadOnlyList<Region> regions, IReadOnlySet<string> active, MapProjection projection)
    {
        var land = ContinentOutlines.All.Select(ring => string.Join(' ', ring.Select(projection.Project))).ToArray();
        var markers = regions.Select(r => projection.Project(r.Location)).ToArray();
        var labels = LabelPlacer.Place(
            markers,
            regions.Select(r => Math.Max(r.DisplayName.Length, StatusLineCharacters)).ToArray(),
            new MapBox(0, 0, projection.Width, projection.Height));
        var placed = regions.Select((r, i) => new MapRegion(r.Name, r.DisplayName, active.Contains(r.Name), markers[i], labels[i]));
        return new MapLayout(projection.Width, projection.Height, land, placed.ToArray());
    }
}
