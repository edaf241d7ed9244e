using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Xdt.Catalog.Changes;
using Xdt.Catalog.Replication;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;
using static Xdt.Replicator.Apply.CatalogCommands;

namespace Xdt.Replicator.Rebuilding;

/// <summary>
/// Rebuilds the region's replica when the log no longer holds the position it needs (retention overran it, or the log
/// was replaced): copies a consistent snapshot of the primary (<see cref="PrimarySnapshot"/>) into the replica in one
/// transaction that also replaces the old rows and resets every partition to the oldest retained event, then records
/// the snapshot's position as the <see cref="SnapshotHorizon"/>. Until that commit the storefront keeps serving the old
/// rows, marked stale by the open row in <c>replication.rebuilds</c>; a failed attempt leaves the old rows and is retried.
/// </summary>
public sealed class ReplicaRebuilder(
    NpgsqlDataSource replica,
    IOptions<PrimaryConnection> primary,
    IOptions<RegionOptions> region,
    ReplicationState state,
    SnapshotHorizon horizon,
    ReplicatorMetrics metrics,
    TimeProvider time,
    ILogger<ReplicaRebuilder> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    public async Task RebuildAsync(string reason, CancellationToken cancellationToken)
    {
        var connectionString = primary.Value.ConnectionString
            ?? throw new InvalidOperationException($"ConnectionStrings:{PrimaryConnection.ConnectionName} is not configured: the replica cannot be rebuilt.");
        await using var bookkeeping = await replica.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(bookkeeping, null, RebuildCommands.AbandonUnfinished, cancellationToken);
        var (id, startedAt) = await StartAsync(bookkeeping, reason, cancellationToken);
        state.Rebuilding = new RebuildProgress(id, reason, startedAt, new RebuildCopy(0, null));
        logger.RebuildStarted(reason);
        try
        {
            await using var snapshot = await PrimarySnapshot.TakeAsync(connectionString, $"xdt_rebuild_{region.Value.Region}_{id}", cancellationToken);
            var total = await snapshot.CountAsync(cancellationToken);
            await ReportAsync(bookkeeping, id, total, 0, cancellationToken);

            await using var connection = await replica.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, RebuildCommands.ClearCatalog, cancellationToken);
            long copied = 0;
            var reported = time.GetTimestamp();
            foreach (var table in CopiedTable.All)
            {
                await using var rows = await snapshot.ReadAsync(table, cancellationToken);
                await using var importer = await connection.BeginBinaryImportAsync(RebuildCommands.CopyInto(table), cancellationToken);
                while (await rows.ReadAsync(cancellationToken))
                {
                    await CopyRowAsync(rows, importer, table, snapshot.RowLsn, cancellationToken);
                    copied++;
                    if (time.GetElapsedTime(reported) >= ProgressInterval)
                    {
                        await ReportAsync(bookkeeping, id, total, copied, cancellationToken);
                        reported = time.GetTimestamp();
                    }
                }

                await importer.CompleteAsync(cancellationToken);
            }

            await ExecuteAsync(connection, transaction, RebuildCommands.ResetPartitions, cancellationToken,
                Value(ChangeTopics.ProductUpdates), Lsn(snapshot.ConsistentPoint), Time(snapshot.AsOf), Value(PartitionProgress.OldestRetained));
            await ExecuteAsync(connection, transaction, RebuildCommands.Finish, cancellationToken,
                Value(id), Value(copied), Lsn(snapshot.ConsistentPoint));
            await transaction.CommitAsync(cancellationToken);

            horizon.ConsistentPoint = snapshot.ConsistentPoint;
            state.Reset(snapshot.ConsistentPoint, snapshot.AsOf);
            state.CountRebuild();
            metrics.Rebuilt();
            logger.RebuildFinished(copied, Xdt.Catalog.Changes.Lsn.Format(snapshot.ConsistentPoint), time.GetUtcNow() - startedAt);
        }
        finally
        {
            state.Rebuilding = null;
        }
    }

    private static async Task CopyRowAsync(NpgsqlDataReader rows, NpgsqlBinaryImporter importer, CopiedTable table, ulong rowLsn, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (await rows.IsDBNullAsync(i, cancellationToken))
            {
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(rows.GetValue(i), table.Columns[i].Type, cancellationToken);
            }
        }

        await importer.WriteAsync(new NpgsqlLogSequenceNumber(rowLsn), NpgsqlDbType.PgLsn, cancellationToken);
    }

    private async Task ReportAsync(NpgsqlConnection bookkeeping, long id, long total, long copied, CancellationToken cancellationToken)
    {
        state.Rebuilding = state.Rebuilding is { } current ? current with { Copy = new RebuildCopy(copied, total) } : null;
        await ExecuteAsync(bookkeeping, null, RebuildCommands.Progress, cancellationToken,
            Value(id), Value(total), Value(copied));
    }

    private static async Task<(long Id, DateTimeOffset StartedAt)> StartAsync(NpgsqlConnection connection, string reason, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(RebuildCommands.Start, connection);
        command.Parameters.Add(Value(reason));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Time(DateTimeOffset value) => new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value.ToUniversalTime() };
}
