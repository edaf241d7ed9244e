using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Capture.Replication;

/// <summary>
/// Commits a transactional <c>xdt.heartbeat</c> logical message on the primary every interval. Decoded, it reaches every
/// partition, so a replicator's watermark advances even when its partitions carry no changes. The next tick is the
/// retry: a failed heartbeat, whatever failed, is logged and reported (the capture is unhealthy until one commits).
/// </summary>
public sealed partial class HeartbeatWorker(
    NpgsqlDataSource primary,
    IOptions<CaptureOptions> options,
    DependencyHealth health,
    TimeProvider time,
    ILogger<HeartbeatWorker> logger) : BackgroundService
{
    public const string Dependency = "primary-heartbeat";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await BeatAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var command = primary.CreateCommand("select pg_logical_emit_message(true, @prefix, @content)");
            command.Parameters.AddWithValue("prefix", Catalog.Changes.LogicalMessage.HeartbeatPrefix);
            command.Parameters.AddWithValue("content", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken);
            health.Recover(Dependency);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            health.Fail(Dependency, e.Message);
            LogHeartbeatFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not commit a heartbeat: {Reason}")]
    private static partial void LogHeartbeatFailed(ILogger logger, string reason);
}
