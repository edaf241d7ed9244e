using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xdt.Geography;

namespace Xdt.Testing;

/// <summary>
/// A real Xdt world started from the app host with Aspire.Hosting.Testing: PostgreSQL servers, the broker, admin,
/// capture, a set of regions and the edge router. Each world gets a fresh state directory, removed on dispose.
/// </summary>
public sealed class WorldHost : IAsyncDisposable
{
    public const string ControlKey = "test-control-key";

    private readonly string _stateDirectory;

    private WorldHost(DistributedApplication app, IReadOnlyList<Region> regions, string stateDirectory)
    {
        App = app;
        Regions = regions;
        _stateDirectory = stateDirectory;
        EdgeUrl = app.GetEndpoint("edge-router", "http");
    }

    public DistributedApplication App { get; }

    public IReadOnlyList<Region> Regions { get; }

    public Uri EdgeUrl { get; }

    /// <param name="settings">More app-host configuration, e.g. <c>--EdgeRouter:Overflow:SoftLimit=2</c>.</param>
    public static async Task<WorldHost> StartAsync(IReadOnlyList<Region> regions, TimeSpan timeout, params string[] settings)
    {
        var stateDirectory = Path.Combine(Path.GetTempPath(), "xdt-worlds", Guid.NewGuid().ToString("N")[..12]);
        using var cts = new CancellationTokenSource(timeout);
        string[] args =
        [
            $"--Xdt:Regions={string.Join(',', regions.Select(r => r.Name))}",
            $"--Xdt:StateDirectory={stateDirectory}",
            "--Xdt:EdgePort=0",
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
        // No dashboard listens in a test or benchmark world: exporting telemetry there only burns CPU on retries.
        foreach (var service in builder.Resources.OfType<ServiceResource>())
        {
            service.Annotations.Add(new EnvironmentCallbackAnnotation(
                context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT")));
        }

        var app = await builder.BuildAsync(cts.Token);
        await app.StartAsync(cts.Token);

        foreach (var resource in builder.Resources.Where(RunsSomething))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, cts.Token);
        }

        return new WorldHost(app, regions, stateDirectory);
    }

    public async Task<string> GetConnectionStringAsync(string name) =>
        await App.GetConnectionStringAsync(name) ?? throw new InvalidOperationException($"No connection string '{name}'.");

    /// <summary>A direct URL of a resource's endpoint (bypassing the edge router).</summary>
    public Uri Endpoint(string resource, string endpoint = "http") => App.GetEndpoint(resource, endpoint);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        try
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file; the folder is under the temp directory and harmless.
        }
    }

    /// <summary>
    /// Resources that run a process and report health (services, local databases, containers); region groups and
    /// parameters run nothing.
    /// </summary>
    private static bool RunsSomething(IResource resource) =>
        resource is ExecutableResource or ContainerResource;
}
