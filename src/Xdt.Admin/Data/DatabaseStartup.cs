using Npgsql;
using Polly;
using Xdt.Admin.Seeding;
using Xdt.Catalog.Schema;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Admin.Data;

/// <summary>
/// Brings the primary to the latest schema and seeds the demo sellers before the API accepts requests
/// (a hosted service's StartAsync runs before Kestrel starts listening). The primary may still be starting or
/// recovering (the app host starts it alongside us): the shared retry policy waits for it up to its start-up deadline;
/// an error the server gives for the work itself (not for being unavailable) fails the start at once.
/// </summary>
public sealed partial class DatabaseStartup(
    NpgsqlDataSource dataSource,
    CatalogSeeder seeder,
    DependencyRetry retry,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    private readonly ResiliencePipeline _primary = retry.Bounded("primary", isPermanent: e => e is PostgresException { IsTransient: false });

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await _primary.ExecuteAsync(async token =>
        {
            var version = await new SchemaMigrator(dataSource, DatabaseRole.Primary).MigrateAsync(token);
            LogMigrated(logger, version);
            await seeder.SeedAsync(token);
        }, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Primary catalog schema at version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);
}
