using Microsoft.Extensions.Options;
using Npgsql;
using Npgsql.Replication;
using Npgsql.Replication.PgOutput;
using Xdt.Capture.Publishing;
using Xdt.Capture.Snapshot;
using Xdt.Capture.Status;
using Xdt.Catalog.Changes;

namespace Xdt.Capture.Replication;

/// <summary>
/// Makes sure the durable slot exists with a completed initial copy. A slot whose snapshot never completed (the
/// capture died mid-copy) is dropped and recreated, and the copy redone from the new slot's exported snapshot.
/// </summary>
public sealed partial class SlotManager(
    NpgsqlDataSource primary,
    IOptions<CaptureOptions> options,
    SnapshotCopier copier,
    CaptureStatus status,
    ILogger<SlotManager> logger)
{
    /// <returns>The slot to stream from and the position it is confirmed up to.</returns>
    public async Task<(PgOutputReplicationSlot Slot, ulong Confirmed)> PrepareAsync(
        LogicalReplicationConnection replication, ChangePublisher publisher, int partitionCount, CancellationToken cancellationToken)
    {
        var slotName = options.Value.SlotName;
        var (confirmed, slotExists, snapshotDone) = await ReadStateAsync(slotName, cancellationToken);
        if (slotExists && snapshotDone)
        {
            status.Snapshot = SnapshotState.Completed;
            LogResuming(logger, slotName, Lsn.Format(confirmed));
            return (new PgOutputReplicationSlot(slotName), confirmed);
        }

        if (slotExists)
        {
            LogDroppingIncomplete(logger, slotName);
            await replication.DropReplicationSlot(slotName, wait: true, cancellationToken);
        }

        status.Snapshot = SnapshotState.Running;
        await ExecuteAsync("delete from capture.snapshots where slot_name = @slot", slotName, null, cancellationToken);
        var slot = await replication.CreatePgOutputReplicationSlot(
            slotName, temporarySlot: false, slotSnapshotInitMode: LogicalSlotSnapshotInitMode.Export, cancellationToken: cancellationToken);
        var consistentPoint = (ulong)slot.ConsistentPoint;
        LogCreated(logger, slotName, Lsn.Format(consistentPoint));

        var rows = await copier.CopyAsync(slotName, slot.SnapshotName!, consistentPoint, publisher, partitionCount, cancellationToken);
        await ExecuteAsync(
            "insert into capture.snapshots (slot_name, consistent_point, rows_copied) values (@slot, @point::text::pg_lsn, @rows)",
            slotName, cmd =>
            {
                cmd.Parameters.AddWithValue("point", Lsn.Format(consistentPoint));
                cmd.Parameters.AddWithValue("rows", rows);
            }, cancellationToken);
        status.Snapshot = SnapshotState.Completed;
        return (slot, consistentPoint);
    }

    private async Task<(ulong Confirmed, bool SlotExists, bool SnapshotDone)> ReadStateAsync(string slotName, CancellationToken cancellationToken)
    {
        await using var command = primary.CreateCommand("""
            select (select confirmed_flush_lsn::text from pg_replication_slots where slot_name = @slot),
                   exists (select 1 from pg_replication_slots where slot_name = @slot),
                   exists (select 1 from capture.snapshots where slot_name = @slot)
            """);
        command.Parameters.AddWithValue("slot", slotName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        Lsn.TryParse(reader.IsDBNull(0) ? null : reader.GetString(0), out var confirmed);
        return (confirmed, reader.GetBoolean(1), reader.GetBoolean(2));
    }

    private async Task ExecuteAsync(string sql, string slotName, Action<NpgsqlCommand>? parameters, CancellationToken cancellationToken)
    {
        await using var command = primary.CreateCommand(sql);
        command.Parameters.AddWithValue("slot", slotName);
        parameters?.Invoke(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming slot {Slot} from {Confirmed}")]
    private static partial void LogResuming(ILogger logger, string slot, string confirmed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slot {Slot} has no completed snapshot (a previous run died while copying): dropping it to copy again")]
    private static partial void LogDroppingIncomplete(ILogger logger, string slot);

    [LoggerMessage(Level = LogLevel.Information, Message = "Created slot {Slot} at consistent point {ConsistentPoint}; copying existing rows")]
    private static partial void LogCreated(ILogger logger, string slot, string consistentPoint);
}
