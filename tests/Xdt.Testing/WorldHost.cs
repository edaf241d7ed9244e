using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xdt.Geography;

namespace Xdt.Testing;

/// <summary>
/// A real Xdt world started from the app host with Aspire.Hosting.Testing: PostgreSQL servers, the broker, admin,
/// capture, a set of regions and the edge router. <see cref="StartAsync"/> gives each world a fresh state directory,
/// removed on dispose; <see cref="StartOnStateAsync"/> starts one on a given state directory, which dispose stops the world
/// without touching (the next world started on it resumes from what this one left).
/// </summary>
public sealed class WorldHost : IAsyncDisposable
{
    public const string ControlKey = "test-control-key";

    private readonly bool _ownsState;

    private WorldHost(DistributedApplication app, IReadOnlyList<Region> regions, string stateDirectory, bool ownsState)
    {
        App = app;
        Regions = regions;
        StateDirectory = stateDirectory;
        _ownsState = ownsState;
        EdgeUrl = app.GetEndpoint("edge-router", "http");
        PrometheusUrl = app.GetEndpoint("prometheus", "http");
    }

    /// <summary>Where the world's databases and broker keep their data.</summary>
    public string StateDirectory { get; }

    public DistributedApplication App { get; }

    public IReadOnlyList<Region> Regions { get; }

    public Uri EdgeUrl { get; }

    /// <summary>The world's own Prometheus (on a reserved port, never the documented 9090).</summary>
    public Uri PrometheusUrl { get; }

    /// <param name="settings">More app-host configuration, e.g. <c>--EdgeRouter:Overflow:SoftLimit=2</c>.</param>
    public static Task<WorldHost> StartAsync(IReadOnlyList<Region> regions, TimeSpan timeout, params string[] settings) =>
        StartAsync(NewStateDirectory(), ownsState: true, regions, timeout, settings);

    /// <summary>
    /// A world whose services export their traces, metrics and logs as OTLP/HTTP protobuf to
    /// <paramref name="otlpEndpoint"/> (a receiver the test runs; signal paths <c>/v1/traces</c> etc. are appended).
    /// </summary>
    public static Task<WorldHost> StartExportingTelemetryAsync(IReadOnlyList<Region> regions, Uri otlpEndpoint, TimeSpan timeout, params string[] settings) =>
        StartAsync(NewStateDirectory(), ownsState: true, regions, timeout, settings, otlpEndpoint);

    /// <summary>A world on <paramref name="stateDirectory"/> (created when missing), left in place when the world is disposed.</summary>
    public static Task<WorldHost> StartOnStateAsync(string stateDirectory, IReadOnlyList<Region> regions, TimeSpan timeout, params string[] settings) =>
        StartAsync(stateDirectory, ownsState: false, regions, timeout, settings);

    /// <summary>A fresh, unused state directory path under the temp directory.</summary>
    public static string NewStateDirectory() => Path.Combine(Path.GetTempPath(), "xdt-worlds", Guid.NewGuid().ToString("N")[..12]);

    private static async Task<WorldHost> StartAsync(
        string stateDirectory, bool ownsState, IReadOnlyList<Region> regions, TimeSpan timeout, string[] settings, Uri? otlpEndpoint = null)
    {
        using var cts = new CancellationTokenSource(timeout);
        string[] args =
        [
            $"--Xdt:Regions={string.Join(',', regions.Select(r => r.Name))}",
            $"--Xdt:StateDirectory={stateDirectory}",
            "--Xdt:EdgePort=0",
            "--Xdt:Monitoring:PrometheusPort=0",
            $"--Parameters:control-key={ControlKey}",
            .. settings,
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Xdt_AppHost>(args, cts.Token);
        builder.Services.AddLogging(logging => logging
            // Health probes fail, loudly, until each service listens: that is the normal start, not news.
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning)
            .AddFilter("Aspire.Hosting", LogLevel.Warning)
            // The services' own logs stay in the dashboard and OpenTelemetry; a test or benchmark shows only trouble.
            .AddFilter("Xdt.AppHost.Resources", LogLevel.Warning));
        // No dashboard listens in a test or benchmark world: exporting telemetry there only burns CPU on retries, unless
        // the test itself receives it.
        foreach (var service in builder.Resources.OfType<ServiceResource>())
        {
            service.Annotations.Add(new EnvironmentCallbackAnnotation(context => ExportTelemetryTo(context.EnvironmentVariables, otlpEndpoint)));
        }

        var app = await builder.BuildAsync(cts.Token);
        await app.StartAsync(cts.Token);

        foreach (var resource in builder.Resources.Where(RunsSomething))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, cts.Token);
        }

        return new WorldHost(app, regions, stateDirectory, ownsState);
    }

    private static void ExportTelemetryTo(Dictionary<string, object> environment, Uri? otlpEndpoint)
    {
        if (otlpEndpoint is null)
        {
            environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
            return;
        }

        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint.ToString().TrimEnd('/');
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        // Spans leave within half a second, so a test waits for them briefly.
        environment["OTEL_BSP_SCHEDULE_DELAY"] = "500";
    }

    public async Task<string> GetConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"No connection string '{name}'.");

    /// <summary>A direct URL of a resource's endpoint (bypassing the edge router).</summary>
    public Uri Endpoint(string resource, string endpoint = "http") => App.GetEndpoint(resource, endpoint);

    /// <summary>Stops the world (as SIGTERM of an app host does); a state directory given to <see cref="StartOnStateAsync"/> stays.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (!_ownsState)
        {
            return;
        }

        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file; the folder is under the temp directory and harmless.
        }
    }

    /// <summary>
    /// Resources that run a process from the start and report health (services, local databases, containers); region
    /// groups and parameters run nothing, and an added storefront instance (explicit start) runs only when the
    /// autoscaler wants it.
    /// </summary>
    private static bool RunsSomething(IResource resource) =>
        resource is ExecutableResource or ContainerResource && !resource.Annotations.OfType<ExplicitStartupAnnotation>().Any();
}
