namespace Xdt.Bench.Edge;

/// <summary>One way of reaching the page, measured under load and with a single connection.</summary>
public sealed record PathFigures(LoadResult Loaded, LoadResult Single);
