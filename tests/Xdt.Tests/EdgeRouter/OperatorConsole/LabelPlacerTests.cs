using Xdt.EdgeRouter.OperatorConsole;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>Region labels on the map stay readable: beside their marker, off each other, inside the map.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class LabelPlacerTests
{
    private static readonly MapBox Bounds = new(0, 0, 1000, 400);

    [Fact]
    public void Place_LoneMarker_LabelToTheRight()
    {
        var label = LabelPlacer.Place([new MapPoint(300, 200)], [10], Bounds).Single();

        Assert.Equal("start", label.Anchor);
        Assert.True(label.Box.Left > 300 + LabelPlacer.MarkerClearance);
    }

    [Fact]
    public void Place_MarkerAtTheRightEdge_LabelToTheLeft()
    {
        var label = LabelPlacer.Place([new MapPoint(990, 200)], [10], Bounds).Single();

        Assert.Equal("end", label.Anchor);
        Assert.True(label.Box.Right < 990);
    }

    [Fact]
    public void Layout_AllNineRegions_NoLabelOverlapsAnotherLabelOrMarkerAndAllAreInside()
    {
        var layout = MapLayout.Build(Regions.All, Regions.All.Select(r => r.Name).ToHashSet(), MapProjection.World);

        var boxes = layout.Regions.Select(r => r.Label.Box).ToArray();
        for (var i = 0; i < boxes.Length; i++)
        {
            Assert.Equal(0, boxes[i].AreaOutside(Bounds), 6);
            for (var j = 0; j < boxes.Length; j++)
            {
                Assert.True(i == j || boxes[i].OverlapArea(boxes[j]) == 0, $"{layout.Regions[i].Name}'s label overlaps {layout.Regions[j].Name}'s");
                Assert.True(i == j || boxes[i].OverlapArea(MapBox.Around(layout.Regions[j].At, LabelPlacer.MarkerClearance)) == 0,
                    $"{layout.Regions[i].Name}'s label covers {layout.Regions[j].Name}'s marker");
            }
        }
    }

    [Fact]
    public void Layout_ThreeRegionWorld_MarksTheOthersInactiveButShowsAllNine()
    {
        var layout = MapLayout.Build(Regions.All, new HashSet<string> { "beijing", "frankfurt", "ohio" }, MapProjection.World);

        Assert.Equal(9, layout.Regions.Count);
        Assert.Equal(["beijing", "frankfurt", "ohio"], layout.Regions.Where(r => r.Active).Select(r => r.Name));
        Assert.NotEmpty(layout.Land);
    }
}
