using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Xdt.Catalog.Schema;
using Xdt.Storefront.Pages;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Storefront;

/// <summary>
/// A region's replica filled the way a replicator would (live rows, tombstones, partition progress), and the
/// storefront in-process on top of it. <see cref="StartStorefront"/> starts more storefronts on other databases.
/// </summary>
public sealed class StorefrontFixture : IAsyncLifetime
{
    public const string Region = "frankfurt";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly List<IAsyncDisposable> _factories = [];

    public LocalPostgresProcess Postgres { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Postgres.InitializeAsync().WaitAsync(TimeSpan.FromSeconds(90));
        var replica = await CreateReplicaAsync();
        await ExecuteAsync(replica, ReplicaRows.Sql);
        Client = StartStorefront(replica);
    }

    /// <summary>A new database migrated as a replica, with no rows.</summary>
    public async Task<string> CreateReplicaAsync()
    {
        var connectionString = await Postgres.CreateDatabaseAsync("replica").WaitAsync(Timeout);
        await MigrateAsReplicaAsync(connectionString);
        return connectionString;
    }

    /// <summary>What a replicator does first when it starts: migrates its replica.</summary>
    public static async Task MigrateAsReplicaAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, DatabaseRole.Replica).MigrateAsync().WaitAsync(Timeout);
    }

    public HttpClient StartStorefront(string replicaConnectionString)
    {
        // Disposing the root factory disposes the configured one derived from it.
        var root = new WebApplicationFactory<PageRenderer>();
        _factories.Add(root);
        var factory = root.WithWebHostBuilder(web =>
        {
            web.UseSetting("Xdt:Region", Region);
            web.UseSetting($"ConnectionStrings:replica-{Region}", replicaConnectionString);
        });
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = Timeout;
        return client;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync().WaitAsync(Timeout);
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync().AsTask().WaitAsync(Timeout);
        }

        await Postgres.DisposeAsync().WaitAsync(Timeout);
    }
}
