namespace Xdt.EdgeRouter.Forwarding;

internal static partial class ForwardingLog
{
    [LoggerMessage(3001, LogLevel.Warning, "{Method} {Path} failed on {Region} ({Error}); retrying on the next region")]
    public static partial void Retrying(ILogger logger, string method, string path, string region, string error);

    [LoggerMessage(3002, LogLevel.Warning, "{Method} {Path} failed on {Region} ({Error}); not retried")]
    public static partial void Failed(ILogger logger, string method, string path, string region, string error);

    [LoggerMessage(3004, LogLevel.Warning, "{Method} {Path} could not reach storefront instance {Instance} ({Error}); retrying on the region's next instance")]
    public static partial void RetryingInstance(ILogger logger, string method, string path, string instance, string error);

    [LoggerMessage(3003, LogLevel.Debug, "Shed {Path} from {Client} at the {Limiter} limiter of {Region}")]
    public static partial void Shed(ILogger logger, string path, string client, string limiter, string region);
}
