using Microsoft.Extensions.Configuration;
using Xdt.AppHost.Infrastructure;

namespace Aspire.Hosting;

/// <summary>Declares the Kafka broker in the chosen infrastructure mode, and lets services reference it.</summary>
public static class KafkaBrokerBuilderExtensions
{
    private const string KafkaImage = "apache/kafka";
    private const string KafkaImageTag = "3.9.0";
    private const string BrokerSettingsSection = "Xdt:Broker";

    public static KafkaBroker AddKafkaBroker(
        this IDistributedApplicationBuilder builder, InfrastructureSettings infrastructure, IResourceBuilder<ParameterResource> controlKey)
    {
        // The broker advertises the address clients must dial back, so it has to know its public port: not proxied.
        var port = builder.PortFor(PortExtensions.KafkaPort);
        if (infrastructure.Mode == InfrastructureMode.Containers)
        {
            var container = builder.AddContainer(KafkaBroker.ConnectionName, KafkaImage, KafkaImageTag)
                .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: KafkaBroker.EndpointName, isProxied: false)
                .WithKRaftSingleNode(port);
            return new KafkaBroker(builder.CreateResourceBuilder<IResourceWithEndpoints>(container.Resource),
                container.GetEndpoint(KafkaBroker.EndpointName));
        }

        var host = builder.AddService<Projects.Xdt_KafkaHost>(KafkaBroker.ConnectionName)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: KafkaBroker.EndpointName, isProxied: false)
            .WithEnvironment("Kafka__Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // The log, committed offsets and producer ids live beside the PostgreSQL data: a restarted world resumes.
            .WithEnvironment("Kafka__DataDirectory", Path.Combine(infrastructure.StateDirectory, "kafka"))
            // Its fault switches (broker down/up, topic creation) take the operator's key like every control endpoint.
            .WithEnvironment("Xdt__ControlKey", controlKey)
            .WithHttpHealthCheck("/health")
            .WithBrokerSettings(builder.Configuration)
            .WithScrapeLabels("kafka", Xdt.Geography.Regions.Core.Name);
        return new KafkaBroker(builder.CreateResourceBuilder<IResourceWithEndpoints>(host.Resource),
            host.GetEndpoint(KafkaBroker.EndpointName));
    }

    /// <summary>Gives a service <c>ConnectionStrings:kafka</c> (bootstrap servers) and starts it once the broker is healthy.</summary>
    public static IResourceBuilder<T> WithKafka<T>(this IResourceBuilder<T> builder, KafkaBroker kafka)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport
    {
        return builder
            .WithEnvironment($"ConnectionStrings__{KafkaBroker.ConnectionName}", kafka.Endpoint.Property(EndpointProperty.HostAndPort))
            .WaitFor(kafka.Server);
    }

    /// <summary>
    /// Hands the app host's <c>Xdt:Broker:*</c> settings to the local broker as its own <c>Kafka:*</c> options, e.g.
    /// <c>--Xdt:Broker:Defaults:RetentionBytes=65536</c> for a world whose regions can fall out of the log quickly.
    /// </summary>
    private static IResourceBuilder<ServiceResource> WithBrokerSettings(this IResourceBuilder<ServiceResource> host, IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.GetSection(BrokerSettingsSection).AsEnumerable(makePathsRelative: true))
        {
            if (value is not null)
            {
                host.WithEnvironment($"Kafka__{key.Replace(":", "__", StringComparison.Ordinal)}", value);
            }
        }

        return host;
    }

    private static IResourceBuilder<ContainerResource> WithKRaftSingleNode(this IResourceBuilder<ContainerResource> container, int port)
    {
        var listener = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return container
            .WithEnvironment("KAFKA_NODE_ID", "1")
            .WithEnvironment("KAFKA_PROCESS_ROLES", "broker,controller")
            .WithEnvironment("KAFKA_LISTENERS", $"PLAINTEXT://:{listener},CONTROLLER://:9093")
            .WithEnvironment("KAFKA_ADVERTISED_LISTENERS", $"PLAINTEXT://localhost:{listener}")
            .WithEnvironment("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT")
            .WithEnvironment("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
            .WithEnvironment("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093")
            .WithEnvironment("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
            .WithEnvironment("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .WithEnvironment("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
            .WithEnvironment("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }
}
