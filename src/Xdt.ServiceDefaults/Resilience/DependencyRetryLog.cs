using Microsoft.Extensions.Logging;

namespace Xdt.ServiceDefaults.Resilience;

internal static partial class DependencyRetryLog
{
    [LoggerMessage(9001, LogLevel.Warning, "{Dependency} unavailable (attempt {Attempt}), retrying in {Delay}: {Reason}")]
    public static partial void Retrying(this ILogger logger, Exception? exception, string dependency, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(9002, LogLevel.Information, "{Dependency} available again")]
    public static partial void Recovered(this ILogger logger, string dependency);
}
