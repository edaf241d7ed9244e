using System.Reflection;
using Aspire.Hosting.Publishing;

namespace Aspire.Hosting;

/// <summary>Declares Xdt's .NET services: built binaries in run mode, projects in the published manifest.</summary>
public static class ServiceBuilderExtensions
{
    private const string MetricExportIntervalMs = "10000";

    /// <summary>
    /// The configuration whose binaries run: the app host's own (scripts build the whole solution in one configuration),
    /// or <c>Xdt:ServiceConfiguration</c>.
    /// </summary>
    public const string ConfigurationKey = "Xdt:ServiceConfiguration";

    /// <summary>
    /// A service with one HTTP endpoint named <c>http</c>: a port reserved for it in run mode (not proxied: DCP's proxy
    /// halves throughput on two cores), the conventional 8080 when publishing.
    /// </summary>
    public static IResourceBuilder<ServiceResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var projectPath = new TProject().ProjectPath;
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var binary = Path.Combine(projectDirectory, "bin", BuildConfiguration(builder), "net10.0", Path.GetFileNameWithoutExtension(projectPath));
        if (builder.ExecutionContext.IsRunMode && !File.Exists(binary))
        {
            throw new InvalidOperationException(
                $"{binary} is not built. Build the solution first (scripts/start-world.sh and scripts/test.sh do).");
        }

        var httpPort = port ?? builder.PortFor(PortExtensions.HttpPort);
        var resource = new ServiceResource(name, binary, projectDirectory, projectPath);
        return builder.AddResource(resource)
            .WithEndpoint(port: httpPort, targetPort: httpPort, scheme: "http", name: ServiceResource.HttpEndpointName, isProxied: false)
            .WithOtlpExporter()
            .WithEnvironment(context =>
            {
                var endpoint = resource.HttpEndpoint;
                // As Aspire sets for projects: telemetry that fails to export is retried from memory.
                context.EnvironmentVariables["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory";
                // Aspire exports metrics every second for a lively dashboard; two dozen services doing so kept the
                // dashboard alone at a fifth of a core in an idle world. Every ten seconds is plenty for its graphs
                // (Prometheus scrapes /metrics on its own schedule; traces and logs still leave within a second).
                context.EnvironmentVariables["OTEL_METRIC_EXPORT_INTERVAL"] = MetricExportIntervalMs;
                if (context.ExecutionContext.IsPublishMode)
                {
                    // What Aspire gives a published project: the port to listen on, and forwarded headers behind ingress.
                    context.EnvironmentVariables["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
                    context.EnvironmentVariables["HTTP_PORTS"] = endpoint.Property(EndpointProperty.TargetPort);
                    return;
                }

                context.EnvironmentVariables["ASPNETCORE_URLS"] = ReferenceExpression.Create(
                    $"http://{endpoint.Property(EndpointProperty.Host)}:{endpoint.Property(EndpointProperty.TargetPort)}");
                context.EnvironmentVariables["DOTNET_ENVIRONMENT"] = "Development";
                context.EnvironmentVariables["ASPNETCORE_ENVIRONMENT"] = "Development";
                // One line per entry in the dashboard's console logs, as Aspire sets for projects.
                context.EnvironmentVariables["LOGGING__CONSOLE__FORMATTERNAME"] = "simple";
                context.EnvironmentVariables["LOGGING__CONSOLE__FORMATTEROPTIONS__TIMESTAMPFORMAT"] = "yyyy-MM-ddTHH:mm:ss.fffffff ";
            })
            .WithManifestPublishingCallback(context => WriteProjectAsync(context, resource));
    }

    /// <summary>The manifest entry Aspire writes for a project, so publishing is unchanged by how run mode starts it.</summary>
    private static async Task WriteProjectAsync(ManifestPublishingContext context, ServiceResource service)
    {
        context.Writer.WriteString("type", "project.v0");
        context.Writer.WriteString("path", context.GetManifestRelativePath(service.ProjectPath));
        await context.WriteEnvironmentVariablesAsync(service);
        context.WriteBindings(service);
    }

    private static string BuildConfiguration(IDistributedApplicationBuilder builder) =>
        builder.Configuration[ConfigurationKey] is { Length: > 0 } configured
            ? configured
            : typeof(ServiceBuilderExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
