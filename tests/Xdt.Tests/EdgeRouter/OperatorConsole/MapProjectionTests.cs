using Xdt.EdgeRouter.OperatorConsole;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>Where a latitude and longitude land on the console's map.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class MapProjectionTests
{
    private static readonly MapProjection Map = MapProjection.World;

    [Fact]
    public void World_SameScaleBothWays_IsFourHundredHigh() => Assert.Equal(400, Map.Height, 6);

    [Theory]
    [InlineData(80, -180, 0, 0)]
    [InlineData(-64, 180, 1000, 400)]
    [InlineData(0, 0, 500, 222.2222)]
    public void Project_CornersAndOrigin_LandWhereTheViewBoxSays(double lat, double lon, double x, double y)
    {
        var point = Map.Project(new GeoPoint(lat, lon));

        Assert.Equal(x, point.X, 3);
        Assert.Equal(y, point.Y, 3);
    }

    [Fact]
    public void Project_BeyondTheCutLatitudes_StaysOnTheMapEdge()
    {
        Assert.Equal(0, Map.Project(new GeoPoint(89, 10)).Y);
        Assert.Equal(Map.Height, Map.Project(new GeoPoint(-89, 10)).Y, 6);
    }

    [Fact]
    public void Project_Regions_KeepTheirCompassDirections()
    {
        var frankfurt = Map.Project(Regions.Frankfurt.Location);
        var ohio = Map.Project(Regions.Ohio.Location);
        var sydney = Map.Project(Regions.Sydney.Location);
        var saoPaulo = Map.Project(Regions.SaoPaulo.Location);

        Assert.True(frankfurt.X > ohio.X, "Frankfurt lies east of Ohio");
        Assert.True(sydney.Y > frankfurt.Y, "Sydney lies south of Frankfurt");
        Assert.True(sydney.X > frankfurt.X && saoPaulo.X < frankfurt.X, "Sydney east, São Paulo west of Frankfurt");
    }

    [Fact]
    public void MapPoint_ToString_IsAnSvgPointWithOneDecimalWhateverTheCulture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("12.3,4", new MapPoint(12.34, 4).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}
