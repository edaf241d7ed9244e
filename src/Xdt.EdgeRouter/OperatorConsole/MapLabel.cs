namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Where a region's two-line label goes: <see cref="Anchor"/> is SVG's <c>text-anchor</c> (<c>start</c>, <c>end</c> or
/// <c>middle</c>) and <see cref="Text"/> the first line's anchor point; the second line sits <see cref="LabelPlacer.LineHeight"/> below.
/// </summary>
public sealed record MapLabel(string Anchor, MapPoint Text, MapBox Box);
