using Xdt.EdgeRouter.OperatorConsole;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>How a range query's series become polylines on a console chart.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ChartPlotTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_000_000);
    private static readonly DateTimeOffset End = Start.AddMinutes(10);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.7, 1.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(1.2, 2.0)]
    [InlineData(37.0, 50.0)]
    [InlineData(101.0, 200.0)]
    [InlineData(0.0031, 0.005)]
    [InlineData(700.0, 1000.0)]
    public void NiceCeiling_Value_RoundsUpToOneTwoOrFiveTimesAPowerOfTen(double value, double expected) =>
        Assert.Equal(expected, ChartPlot.NiceCeiling(value));

    [Fact]
    public void Plot_SamplesAtTheWindowsEnds_SpanTheWidthAndScaleToMilliseconds()
    {
        var series = new RangeSeries("frankfurt", [(Start.ToUnixTimeSeconds(), 0.020), (End.ToUnixTimeSeconds(), 0.040)]);

        // A step as long as the window: the two samples are neighbours, one segment.
        var view = ChartPlot.Plot(ConsoleCharts.Ttfb, [series], Start, End, End - Start);

        Assert.Equal(ChartView.Ok, view.State);
        Assert.Equal(50, view.YMax);
        var line = Assert.Single(view.Lines);
        Assert.Equal("0,96 600,32", Assert.Single(line.Segments));
        Assert.Equal(40, line.Last);
        Assert.Null(view.ThresholdY);
    }

    [Fact]
    public void Plot_ValuesAroundTheSlo_DrawsTheThresholdAtItsHeight()
    {
        var series = new RangeSeries("ohio", [(Start.ToUnixTimeSeconds() + 60, 0.150)]);

        var view = ChartPlot.Plot(ConsoleCharts.Ttfb, [series], Start, End, Step);

        Assert.Equal(200, view.YMax);
        Assert.Equal(ChartPlot.Height / 2, view.ThresholdY);
    }

    [Fact]
    public void Plot_MissingSteps_StartANewSegment()
    {
        var t = Start.ToUnixTimeSeconds();
        var series = new RangeSeries("ohio", [(t, 0.01), (t + 5, 0.01), (t + 30, 0.01), (t + 35, 0.01)]);

        var view = ChartPlot.Plot(ConsoleCharts.Ttfb, [series], Start, End, Step);

        Assert.Equal(2, view.Lines.Single().Segments.Count);
    }

    [Fact]
    public void Plot_NoData_EmptyChartScaledToTheThreshold()
    {
        var view = ChartPlot.Plot(ConsoleCharts.Lag, [], Start, End, Step);

        Assert.Empty(view.Lines);
        Assert.Equal(1000, view.YMax);
        Assert.Equal(0, view.ThresholdY);
    }
}
