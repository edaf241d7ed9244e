using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.Catalog.Schema;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;

namespace Xdt.Replicator.Database;

/// <summary>
/// Migrates the replica at start (retrying while the database comes up), loads the stored partition positions into
/// <see cref="ReplicationState"/>, then opens the <see cref="MigrationGate"/>.
/// </summary>
public sealed class ReplicaMigrationService(
    NpgsqlDataSource dataSource,
    ReplicaWriter writer,
    ReplicationState state,
    MigrationGate gate,
    IOptions<ApplyOptions> options,
    ILogger<ReplicaMigrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var version = await new SchemaMigrator(dataSource, DatabaseRole.Replica).MigrateAsync(stoppingToken);
                state.Load(writer.ReadPositions());
                logger.Migrated(version);
                gate.Open();
                return;
            }
            catch (NpgsqlException e) when (e is not PostgresException || e.IsTransient)
            {
                var delay = Backoff.Delay(attempt, options.Value.MaxRetryDelay);
                logger.DatabaseUnavailable(e, attempt, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }
}
