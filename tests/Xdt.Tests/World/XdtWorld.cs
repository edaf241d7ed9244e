using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Xdt.Geography;

namespace Xdt.Tests.World;

/// <summary>A <see cref="WorldHost"/> as an xunit fixture: started once per test collection.</summary>
public abstract class XdtWorld(Region[] regions, params string[] settings) : IAsyncLifetime
{
    protected XdtWorld(params Region[] regions)
        : this(regions, [])
    {
    }

    private WorldHost? _host;

    public IReadOnlyList<Region> Regions { get; } = regions;

    public WorldHost Host => _host ?? throw new InvalidOperationException("The world has not started.");

    public DistributedApplication App => Host.App;

    public Uri EdgeUrl => Host.EdgeUrl;

    public async Task InitializeAsync() => _host = await StartHostAsync(settings);

    /// <summary>Starts the world; a world that needs more than settings (e.g. a telemetry receiver) starts it itself.</summary>
    protected virtual Task<WorldHost> StartHostAsync(string[] settings) => WorldHost.StartAsync(Regions, WorldSettings.StartTimeout, settings);

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A client of the public entry, as a shopper or seller would use it.</summary>
    public HttpClient CreateEdgeClient() => new() { BaseAddress = EdgeUrl, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string?> GetConnectionStringAsync(string name) => await Host.GetConnectionStringAsync(name);

    /// <summary>Every process of the world with its state and health, for the message of a failed wait.</summary>
    public string DescribeResources() => string.Join(", ", Host.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
        .Select(r => App.ResourceNotifications.TryGetCurrentState(r.Name, out var e)
            ? $"{r.Name} {e.Snapshot.State?.Text} {e.Snapshot.HealthStatus}"
            : $"{r.Name} ?"));
}
