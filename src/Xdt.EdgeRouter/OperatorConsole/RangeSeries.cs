namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>One region's series of a range query: (Unix time in seconds, value) in time order, finite values only.</summary>
public sealed record RangeSeries(string Region, IReadOnlyList<(double Time, double Value)> Samples);
