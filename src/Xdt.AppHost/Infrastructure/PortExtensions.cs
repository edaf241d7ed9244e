namespace Aspire.Hosting;

/// <summary>
/// Ports of endpoints that are not proxied. Run mode takes a free one so app hosts and test runs never collide;
/// publish mode writes the conventional port (Kafka 9092, HTTP 8080), because a published port lands in every
/// container and Kubernetes object built from the manifest and must not change from one publish to the next.
/// </summary>
public static class PortExtensions
{
    public const int KafkaPort = 9092;
    public const int HttpPort = 8080;

    public static int PortFor(this IDistributedApplicationBuilder builder, int conventionalPort) =>
        builder.ExecutionContext.IsPublishMode ? conventionalPort : Xdt.AppHost.Infrastructure.FreePort.Next();
}
