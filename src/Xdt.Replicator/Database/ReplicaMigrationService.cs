using Npgsql;
using Xdt.Catalog.Schema;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;

namespace Xdt.Replicator.Database;

/// <summary>
/// Migrates the replica at start (retrying, through the shared policy, for as long as the database is unavailable),
/// loads the stored partition positions into <see cref="ReplicationState"/>, then opens the <see cref="MigrationGate"/>.
/// </summary>
public sealed class ReplicaMigrationService(
    NpgsqlDataSource dataSource,
    ReplicaWriter writer,
    ReplicationState state,
    MigrationGate gate,
    ReplicatorDependencies dependencies,
    ILogger<ReplicaMigrationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await dependencies.ReplicaDatabase.ExecuteAsync(async token =>
            {
                var version = await new SchemaMigrator(dataSource, DatabaseRole.Replica).MigrateAsync(token);
                state.Load(writer.ReadPositions());
                logger.Migrated(version);
            }, stoppingToken);
            gate.Open();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the replica was reachable.
        }
    }
}
