namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// One region on a chart: SVG point lists (a new segment after each gap in the data) and its latest value in the
/// chart's unit, for the legend.
/// </summary>
public sealed record ChartLine(string Region, IReadOnlyList<string> Segments, double? Last);
