using Xdt.Geography;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Consuming;
using Xdt.Replicator.Control;
using Xdt.Replicator.Database;
using Xdt.Replicator.DeadLetters;
using Xdt.Replicator.Rebuilding;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Replicator.Hosting;

public static class ApplicationServices
{
    /// <summary>The region's replica, the Kafka consumer and dead-letter producer, status and control.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RegionOptions>()
            .BindConfiguration(RegionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => Regions.TryGet(o.Region, out _), "Xdt:Region must name a known region.")
            .ValidateOnStart();
        services.AddOptions<ApplyOptions>().BindConfiguration(ApplyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LagOptions>().BindConfiguration(LagOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KafkaOptions>()
            .Configure<IConfiguration>((o, configuration) => o.BootstrapServers = configuration.GetConnectionString(KafkaOptions.ConnectionName) ?? "")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<PrimaryConnection>()
            .Configure<IConfiguration>((o, configuration) => o.ConnectionString = configuration.GetConnectionString(PrimaryConnection.ConnectionName));
        // Aspire.Npgsql: the region's replica from the app host's reference, with Npgsql's metrics, traces and a health
        // check. The name is needed now, before options are validated (an unknown region fails the start just after).
        var region = builder.Configuration.GetSection(RegionOptions.Section).Get<RegionOptions>() ?? new RegionOptions();
        builder.AddNpgsqlDataSource(region.ReplicaConnectionName, configureDataSourceBuilder: b => ReplicaDataSource.Configure(b, region));
        services.AddSingleton(TimeProvider.System);
        builder.AddDependencyRetry();
        services.AddSingleton<ReplicatorDependencies>();
        services.AddSingleton<ReplicationState>();
        services.AddSingleton<MigrationGate>();
        services.AddSingleton<PartitionSwitch>();
        services.AddSingleton<SnapshotHorizon>();
        services.AddSingleton<ReplicaWriter>();
        services.AddSingleton<ReplicaRebuilder>();
        services.AddSingleton<DeadLetterPublisher>();
        services.AddSingleton<ReplicatorMetrics>();
        services.AddSingleton<ReplicatorTracing>();
        services.AddSingleton<BatchApplier>();
        services.AddSingleton<ChangeConsumerFactory>();
        services.AddHostedService<ReplicaMigrationService>();
        services.AddHostedService<ReplicationConsumer>();
        services.AddHealthChecks().AddCheck<MigrationHealthCheck>("replica-migrated");
        services.AddProblemDetails();
        return builder;
    }
}
