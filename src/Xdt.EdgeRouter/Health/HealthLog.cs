namespace Xdt.EdgeRouter.Health;

internal static partial class HealthLog
{
    [LoggerMessage(1001, LogLevel.Warning, "Region {Region} withdrawn: {Reason}")]
    public static partial void Withdrawn(ILogger logger, string region, string reason);

    [LoggerMessage(1002, LogLevel.Information, "Region {Region} is healthy again; holding down before re-announcing")]
    public static partial void HoldDown(ILogger logger, string region);

    [LoggerMessage(1003, LogLevel.Information, "Region {Region} announced")]
    public static partial void Announced(ILogger logger, string region);
}
