namespace Xdt.EdgeRouter.Instances;

internal static partial class InstanceLog
{
    [LoggerMessage(4101, LogLevel.Information, "Storefront instance {Instance} of region {Region} is live: {Live} of {Declared} instances take traffic")]
    public static partial void Live(ILogger logger, string instance, string region, int live, int declared);

    [LoggerMessage(4102, LogLevel.Information, "Storefront instance {Instance} of region {Region} is gone ({Reason}): {Live} of {Declared} instances take traffic")]
    public static partial void Gone(ILogger logger, string instance, string region, string reason, int live, int declared);
}
