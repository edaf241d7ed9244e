namespace Aspire.Hosting;

/// <summary>
/// Ports of endpoints that are not proxied. Run mode reserves one (<see cref="Xdt.Hosting.Ports.LoopbackPorts"/>: outside
/// the ephemeral range, locked machine-wide) so no two resources, app hosts or test runs ever share one;
/// publish mode writes the conventional port (Kafka 9092, HTTP 8080), because a published port lands in every
/// container and Kubernetes object built from the manifest and must not change from one publish to the next.
/// </summary>
public static class PortExtensions
{
    public const int KafkaPort = 9092;
    public const int HttpPort = 8080;

    public static int PortFor(this IDistributedApplicationBuilder builder, int conventionalPort) =>
        builder.ExecutionContext.IsPublishMode ? conventionalPort : Xdt.Hosting.Ports.LoopbackPorts.Reserve();
}
