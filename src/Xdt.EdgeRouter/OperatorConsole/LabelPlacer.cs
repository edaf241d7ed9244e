namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Puts each region's label beside its marker where it hides no other label or marker. Ohio, Virginia and Toronto lie
/// within a few map units of each other, so a fixed "label to the right" would print three labels on top of each other.
/// Greedy, in the order given: right, left (level, then raised, then lowered), above, below; when every place collides,
/// the one that collides least.
/// </summary>
public static class LabelPlacer
{
    public const double LineHeight = 13;

    /// <summary>Room kept around a marker: its largest radius (a region taking all the traffic) plus a gap.</summary>
    public const double MarkerClearance = 15;

    private const double CharWidth = 6.4;
    private const double Gap = 4;
    private const double FirstBaseline = 11;
    private const double BoxHeight = FirstBaseline + LineHeight + 4;

    /// <param name="characters">The longest line of each label, in characters.</param>
    public static IReadOnlyList<MapLabel> Place(IReadOnlyList<MapPoint> markers, IReadOnlyList<int> characters, MapBox bounds)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(characters.Count, markers.Count);
        var obstacles = markers.Select(m => MapBox.Around(m, MarkerClearance)).ToList();
        var labels = new List<MapLabel>(markers.Count);
        for (var i = 0; i < markers.Count; i++)
        {
            var own = obstacles[i];
            var best = Candidates(markers[i], characters[i] * CharWidth)
                .Select(label => (label, cost: label.Box.AreaOutside(bounds) * 4
                    + obstacles.Where(o => o != own).Sum(o => o.OverlapArea(label.Box))))
                .MinBy(c => c.cost).label;
            labels.Add(best);
            obstacles.Add(best.Box);
        }

        return labels;
    }

    // In order of preference: MinBy keeps the first of equal costs, so an uncrowded label sits to the right.
    private static IEnumerable<MapLabel> Candidates(MapPoint at, double width)
    {
        var side = MarkerClearance + Gap;
        foreach (var top in new[] { at.Y - BoxHeight / 2, at.Y - BoxHeight, at.Y })
        {
            yield return Label("start", new MapBox(at.X + side, top, width, BoxHeight));
            yield return Label("end", new MapBox(at.X - side - width, top, width, BoxHeight));
        }

        yield return Label("middle", new MapBox(at.X - width / 2, at.Y - side - BoxHeight, width, BoxHeight));
        yield return Label("middle", new MapBox(at.X - width / 2, at.Y + side, width, BoxHeight));
    }

    private static MapLabel Label(string anchor, MapBox box)
    {
        var x = anchor switch { "start" => box.Left, "end" => box.Right, _ => box.Left + box.Width / 2 };
        return new MapLabel(anchor, new MapPoint(x, box.Top + FirstBaseline), box);
    }
}
