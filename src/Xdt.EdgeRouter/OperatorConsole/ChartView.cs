namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// A chart ready to draw: lines already in the chart's SVG coordinates (<see cref="Width"/> × <see cref="Height"/>,
/// y downwards), the value at the top (<see cref="YMax"/>) and the threshold's height, if it is in range.
/// <see cref="State"/> is <c>ok</c>, or <c>unavailable</c> with a <see cref="Reason"/> (no Prometheus, or it failed).
/// </summary>
public sealed record ChartView(
    string Name,
    string Title,
    string Unit,
    string State,
    string? Reason,
    double Width,
    double Height,
    double YMax,
    double Threshold,
    double? ThresholdY,
    double WindowMinutes,
    IReadOnlyList<ChartLine> Lines)
{
    public const string Ok = "ok";
    public const string Unavailable = "unavailable";

    public static ChartView Missing(ConsoleChart chart, string reason) => new(
        chart.Name, chart.Title, chart.Unit, Unavailable, reason, ChartPlot.Width, ChartPlot.Height, 0, chart.Threshold, null,
        ConsoleCharts.Window.TotalMinutes, []);
}
