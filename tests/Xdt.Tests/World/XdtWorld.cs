using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Xdt.Geography;

namespace Xdt.Tests.World;

/// <summary>
/// A real Xdt world started from the app host with Aspire.Hosting.Testing: PostgreSQL servers, the broker, admin,
/// capture, and a subset of regions behind the edge router. Each world gets its own fresh state directory.
/// </summary>
public abstract class XdtWorld : IAsyncLifetime
{
    private readonly string _stateDirectory = Path.Combine(Path.GetTempPath(), "xdt-tests", Guid.NewGuid().ToString("N")[..12]);
    private DistributedApplication? _app;

    protected XdtWorld(params Region[] regions)
    {
        Regions = regions;
    }

    public IReadOnlyList<Region> Regions { get; }

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The world has not started.");

    public Uri EdgeUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var cts = new CancellationTokenSource(WorldSettings.StartTimeout);
        string[] args =
        [
            $"--Xdt:Regions={string.Join(',', Regions.Select(r => r.Name))}",
            $"--Xdt:StateDirectory={_stateDirectory}",
            "--Xdt:EdgePort=0",
            $"--Parameters:control-key={WorldSettings.ControlKey}",
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Xdt_AppHost>(args, cts.Token);
        _app = await builder.BuildAsync(cts.Token);
        await _app.StartAsync(cts.Token);

        foreach (var resource in builder.Resources.Where(RunsSomething))
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource.Name, cts.Token);
        }

        EdgeUrl = _app.GetEndpoint("edge-router", "http");
    }

    /// <summary>
    /// Resources that run a process and report health. Region groups and parameters run nothing; Aspire's hidden
    /// "-rebuilder" companions of projects only run when a rebuild is asked for.
    /// </summary>
    private static bool RunsSomething(IResource resource) =>
        resource is ProjectResource or ExecutableResource or ContainerResource
        && !resource.Name.EndsWith("-rebuilder", StringComparison.Ordinal);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A server that is still shutting down may hold a file; the folder lives under /tmp and is harmless.
        }
    }

    /// <summary>A client of the public entry, as a shopper or seller would use it.</summary>
    public HttpClient CreateEdgeClient() => new() { BaseAddress = EdgeUrl, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string?> GetConnectionStringAsync(string name) => await App.GetConnectionStringAsync(name);
}
