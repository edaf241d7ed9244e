namespace Xdt.Bench.Shark.Simulation;

/// <summary>Per region and time bucket: requests per second served, TTFB p95 (NaN when idle), live instances, overflow share of its nearest shoppers' requests.</summary>
public sealed record ChartSeries(double[] Seconds, IReadOnlyList<string> Regions, double[][] RequestsPerSecond, double[][] TtfbP95, double[][] Instances, double[][] OverflowShare);
