using Xdt.KafkaHost.Cluster;
using Xdt.KafkaHost.Forwarding;
using Xdt.KafkaHost.Health;

namespace Xdt.KafkaHost;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KafkaHostOptions>()
            .BindConfiguration(KafkaHostOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => System.Net.IPAddress.TryParse(o.Host, out _), "Kafka:Host must be an IP address.")
            .ValidateOnStart();

        builder.Services.AddSingleton<TcpForwarder>();
        builder.Services.AddSingleton<MockClusterService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MockClusterService>());
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddCheck<MockClusterHealthCheck>("kafka-mock-cluster");
        return builder;
    }
}
