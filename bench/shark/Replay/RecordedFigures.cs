namespace Xdt.Bench.Shark.Replay;

/// <summary>The real run's figures, as its summary line and region table print them.</summary>
/// <param name="DroppedPages">Pages due after the run's end, not sent.</param>
/// <param name="OverflowShare">Share of all requests the edge marked <c>overflow</c>.</param>
/// <param name="ScaleOuts">Rises of a region's live storefront instances, over all regions.</param>
public sealed record RecordedFigures(
    long Requests,
    long Errors,
    long DroppedPages,
    double TtfbP50Ms,
    double TtfbP95Ms,
    double TtfbP99Ms,
    double OverflowShare,
    int ScaleOuts,
    IReadOnlyList<RecordedRegion> Regions);
