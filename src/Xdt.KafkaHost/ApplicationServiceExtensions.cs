using Microsoft.Extensions.DependencyInjection.Extensions;
using Xdt.KafkaHost.Apis;
using Xdt.KafkaHost.Broker;
using Xdt.KafkaHost.Groups;
using Xdt.KafkaHost.Health;
using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Network;
using Xdt.KafkaHost.Producers;

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

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PartitionLoader>();
        services.AddSingleton<LogManager>();
        services.AddSingleton<GroupCoordinator>();
        services.AddSingleton(sp => new ProducerIdAllocator(sp.GetRequiredService<LogManager>().DataDirectory));
        services.AddSingleton<AdvertisedListener>();
        services.AddSingleton<ResponseHold>();
        services.AddSingleton<KafkaListener>();
        services.AddSingleton<ApiRegistry>();
        foreach (var handler in typeof(IApiHandler).Assembly.GetTypes().Where(t => t.IsClass && typeof(IApiHandler).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IApiHandler), handler);
        }

        services.AddSingleton<BrokerService>();
        services.AddHostedService(sp => sp.GetRequiredService<BrokerService>());
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<BrokerHealthCheck>("kafka-broker");
        return builder;
    }
}
