using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.Admin.Seeding;
using Xdt.Catalog.Schema;

namespace Xdt.Admin.Data;

/// <summary>
/// Brings the primary to the latest schema and seeds the demo sellers before the API accepts requests
/// (a hosted service's StartAsync runs before Kestrel starts listening).
/// </summary>
public sealed partial class DatabaseStartup(
    NpgsqlDataSource dataSource,
    CatalogSeeder seeder,
    IOptions<StartupOptions> options,
    TimeProvider timeProvider,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(500);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + options.Value.DatabaseTimeout;
        while (true)
        {
            try
            {
                var version = await new SchemaMigrator(dataSource, DatabaseRole.Primary).MigrateAsync(cancellationToken);
                LogMigrated(logger, version);
                await seeder.SeedAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (IsUnreachable(e) && timeProvider.GetUtcNow() < deadline)
            {
                // The primary may still be starting (the app host starts it alongside us): poll until the deadline.
                LogWaiting(logger, e.Message);
                await Task.Delay(RetryInterval, timeProvider, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsUnreachable(Exception e) =>
        e is NpgsqlException { IsTransient: true } or SocketException
        || e is PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow };

    [LoggerMessage(Level = LogLevel.Information, Message = "Primary catalog schema at version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Primary not reachable yet, retrying: {Reason}")]
    private static partial void LogWaiting(ILogger logger, string reason);
}
