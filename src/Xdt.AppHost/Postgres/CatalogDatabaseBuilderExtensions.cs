using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xdt.AppHost.Infrastructure;

namespace Aspire.Hosting;

/// <summary>Declares a catalog database (the primary or a region's replica) in the chosen infrastructure mode.</summary>
public static class CatalogDatabaseBuilderExtensions
{
    public const string DatabaseName = "xdt";
    private const string PostgresImageTag = "15";

    /// <param name="name">Resource and connection-string name, e.g. <c>primary</c> or <c>replica-frankfurt</c>.</param>
    /// <param name="logicalDecoding">True for the primary: its WAL is decoded by the capture service.</param>
    public static IResourceBuilder<IResourceWithConnectionString> AddCatalogDatabase(
        this IDistributedApplicationBuilder builder, string name, InfrastructureSettings infrastructure, bool logicalDecoding)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        // Slots and senders: the capture's one, a temporary one per region rebuilding its replica from a snapshot (all
        // nine at once when the log was replaced), and room for a peer such as native logical replication in a benchmark.
        string[] serverOptions = logicalDecoding
            ? ["-c", "wal_level=logical", "-c", "max_replication_slots=20", "-c", "max_wal_senders=20"]
            : [];

        if (infrastructure.Mode == InfrastructureMode.Containers)
        {
            var server = builder.AddPostgres($"{name}-server")
                .WithImageTag(PostgresImageTag)
                .WithDataVolume()
                .WithArgs(serverOptions);
            var database = server.AddDatabase(name, DatabaseName);
            return builder.CreateResourceBuilder<IResourceWithConnectionString>(database.Resource);
        }

        return builder.AddLocalPostgres(name, infrastructure, serverOptions);
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, InfrastructureSettings infrastructure, string[] serverOptions)
    {
        var script = Path.Combine(builder.AppHostDirectory, "Infrastructure", "run-local-postgres.sh");
        var dataDirectory = Path.Combine(infrastructure.StateDirectory, "postgres", name);
        var resource = new LocalPostgresResource(name, "bash", builder.AppHostDirectory, DatabaseName);

        var healthCheckKey = $"{name}-postgres";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheckKey, _ => new LocalPostgresHealthCheck(resource), failureStatus: null, tags: null));

        var port = Xdt.Hosting.Ports.LoopbackPorts.Reserve();
        var local = builder.AddResource(resource)
            // Not proxied: every storefront page is a query; DCP's proxy would halve throughput on two cores.
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalPostgresResource.EndpointName, isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(script);
                context.Args.Add(dataDirectory);
                context.Args.Add(resource.Endpoint.Property(EndpointProperty.TargetPort));
                foreach (var option in serverOptions)
                {
                    context.Args.Add(option);
                }
            })
            .WithEnvironment("XDT_DATABASE", DatabaseName)
            .WithHealthCheck(healthCheckKey);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(local.Resource);
    }
}
