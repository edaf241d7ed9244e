using Microsoft.Extensions.Options;
using Npgsql;

namespace Xdt.Capture.Status;

/// <summary>
/// Reads how much WAL the capture's slot holds back on the primary (<c>pg_current_wal_lsn() - restart_lsn</c>) every
/// interval, for the <c>xdt.capture.slot.retained_wal</c> gauge: a slot whose consumer is gone retains WAL without limit
/// (<c>max_slot_wal_keep_size = -1</c>) until the primary's disk is full, so operators alert on it growing. A failed read
/// is only a missing sample: the next tick is the retry, and the capture's health is the worker's business.
/// </summary>
public sealed partial class SlotRetentionPoller(
    NpgsqlDataSource primary,
    CaptureStatus status,
    IOptions<CaptureOptions> options,
    TimeProvider time,
    ILogger<SlotRetentionPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SlotRetentionInterval, time);
        try
        {
            do
            {
                await ReadAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = primary.CreateCommand("""
                select pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint
                from pg_replication_slots where slot_name = @slot
                """);
            command.Parameters.AddWithValue("slot", status.SlotName);
            status.RetainedWalBytes = await command.ExecuteScalarAsync(cancellationToken) is long bytes ? bytes : null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            status.RetainedWalBytes = null;
            LogReadFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not read the slot's retained WAL: {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}
