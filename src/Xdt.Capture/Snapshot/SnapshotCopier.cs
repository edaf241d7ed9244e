using System.Data;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.Capture.Decoding;
using Xdt.Capture.Publishing;
using Xdt.Capture.Status;
using Xdt.Capture.Transactions;

namespace Xdt.Capture.Snapshot;

/// <summary>
/// The initial copy: every existing store and product, read in the slot's exported snapshot (so the stream that
/// follows neither misses nor repeats a change), published as op "r" events and acknowledged before it returns.
/// </summary>
public sealed partial class SnapshotCopier(
    NpgsqlDataSource primary,
    IOptions<CaptureConnections> connections,
    CaptureStatus status,
    TimeProvider time,
    ILogger<SnapshotCopier> logger)
{
    private const int BatchSize = 500;
    private static readonly string[] Tables = [CatalogRows.Stores, CatalogRows.Products];

    public async Task<long> CopyAsync(string slotName, string snapshotName, ulong consistentPoint, ChangePublisher publisher, int partitionCount,
        CancellationToken cancellationToken)
    {
        await using var connection = await primary.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var use = new NpgsqlCommand($"set transaction snapshot '{snapshotName.Replace("'", "''", StringComparison.Ordinal)}'", connection, transaction))
        {
            await use.ExecuteNonQueryAsync(cancellationToken);
        }

        var restartLsn = await RestartLsnAsync(connection, transaction, slotName, cancellationToken);
        var events = new SnapshotEvents(connections.Value.Database, partitionCount, Math.Min(restartLsn, consistentPoint), consistentPoint, time.GetUtcNow());
        var batch = new List<(string Table, JsonObject Row)>(BatchSize + 1);
        long rows = 0;
        foreach (var table in Tables)
        {
            await using var select = new NpgsqlCommand($"select * from {CatalogRows.Schema}.{table} order by id", connection, transaction);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                batch.Add((table, ReadRow(reader)));
                rows++;
                // One row is always held back, so the snapshot's final row can be marked "last".
                if (batch.Count > BatchSize)
                {
                    await PublishAsync(publisher, events, batch[..^1], last: false, consistentPoint, cancellationToken);
                    batch.RemoveRange(0, batch.Count - 1);
                }
            }
        }

        await PublishAsync(publisher, events, batch, last: true, consistentPoint, cancellationToken);
        await publisher.FlushAsync(cancellationToken);
        if (publisher.Tracker.Failure is { } failure)
        {
            throw new DeliveryFailedException($"Snapshot events were not acknowledged: {failure}");
        }

        await transaction.CommitAsync(cancellationToken);
        LogCopied(logger, rows, Catalog.Changes.Lsn.Format(consistentPoint));
        return rows;
    }

    private async Task PublishAsync(ChangePublisher publisher, SnapshotEvents events, List<(string Table, JsonObject Row)> batch, bool last,
        ulong consistentPoint, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var outgoing = batch.Select((r, i) => events.Build(r.Table, r.Row, last && i == batch.Count - 1, now.ToUnixTimeMilliseconds())).ToList();
        await publisher.PublishAsync(outgoing, consistentPoint, now, transactionId: null, PublishTrace.None, cancellationToken);
        for (var i = 0; i < batch.Count; i++)
        {
            status.AddSnapshotRow();
        }
    }

    private static async Task<ulong> RestartLsnAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string slotName, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select restart_lsn::text from pg_replication_slots where slot_name = @slot", connection, transaction);
        command.Parameters.AddWithValue("slot", slotName);
        var text = await command.ExecuteScalarAsync(cancellationToken) as string;
        return Catalog.Changes.Lsn.TryParse(text, out var lsn) && lsn > 0
            ? lsn
            : throw new InvalidOperationException($"Slot {slotName} has no restart LSN.");
    }

    private static JsonObject ReadRow(NpgsqlDataReader reader)
    {
        var row = new JsonObject();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = ColumnValues.ToJson(reader.GetValue(i));
        }

        return row;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Snapshot copied {Rows} rows at consistent point {ConsistentPoint}")]
    private static partial void LogCopied(ILogger logger, long rows, string consistentPoint);
}
