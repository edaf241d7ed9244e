namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// One chart of the console: a PromQL query with one series per region, the factor from Prometheus' unit (seconds) to
/// the one shown, and the SLO threshold drawn across it.
/// </summary>
public sealed record ConsoleChart(string Name, string Title, string Query, double Scale, string Unit, double Threshold);
