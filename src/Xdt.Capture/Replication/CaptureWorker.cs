using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Npgsql;
using Npgsql.Replication;
using Npgsql.Replication.PgOutput;
using Polly;
using Xdt.Capture.Decoding;
using Xdt.Capture.Publishing;
using Xdt.Capture.Status;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Schema;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Capture.Replication;

/// <summary>
/// The capture loop: migrate, then sessions of (prepare slot and snapshot → stream → publish → confirm). Whatever ends
/// a session — PostgreSQL or Kafka lost, a failed delivery, any other error — the next starts from the slot's confirmed
/// position, so a crash or a failed delivery replays and never skips. Failed starts are retried through the shared
/// policy (backoff, logged, the capture unhealthy meanwhile); a session that had been streaming reconnects at once.
/// Nothing but the host's own stop ends this loop.
/// </summary>
public sealed partial class CaptureWorker(
    NpgsqlDataSource primary,
    IOptions<CaptureOptions> options,
    IOptions<CaptureConnections> connections,
    SlotManager slots,
    CaptureStatus status,
    CaptureMetrics metrics,
    DependencyRetry retry,
    DependencyHealth health,
    TimeProvider time,
    ILogger<CaptureWorker> logger) : BackgroundService
{
    public const string StreamDependency = "primary-stream";
    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(5);

    private readonly ResiliencePipeline _sessions = retry.Forever(StreamDependency);
    private bool _migrated;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _sessions.ExecuteAsync(RunOnceAsync, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private async ValueTask RunOnceAsync(CancellationToken stoppingToken)
    {
        var streamed = false;
        try
        {
            if (!_migrated)
            {
                await new SchemaMigrator(primary, DatabaseRole.Primary).MigrateAsync(stoppingToken);
                _migrated = true;
            }

            await RunSessionAsync(() => streamed = true, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            status.LastError = e.Message;
            if (!streamed)
            {
                throw; // the retry policy waits and tries again
            }

            // It worked until now: reconnect at once; if the next start fails, the policy backs off from its first delay.
            LogSessionEnded(logger, e);
        }
    }

    private async Task RunSessionAsync(Action streaming, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        status.Sessions++;
        using var publisher = new ChangePublisher(
            ProducerSettings.For(connections.Value.Kafka, settings), settings.Topic, settings.MaxInFlightEvents, status, metrics, time, health);
        var partitions = await TopicPartitions.EnsureAsync(publisher.Handle, settings.Topic, stoppingToken);

        await using var replication = new LogicalReplicationConnection(connections.Value.Primary);
        await replication.Open(stoppingToken);
        var (slot, confirmed) = await slots.PrepareAsync(replication, publisher, partitions, stoppingToken);
        status.ConfirmedLsn = Math.Max(status.ConfirmedLsn, confirmed);

        using var session = new CancellationTokenSource();
        var confirmer = new SlotConfirmer(replication, publisher.Tracker, status, confirmed);
        publisher.Acknowledged += confirmer.Wake;
        var confirming = confirmer.RunAsync(session);
        // On shutdown, confirm what Kafka already has while the stream is still open, then end the stream.
        await using var stopping = stoppingToken.Register(() => _ = StopSessionAsync(publisher, confirmer, session));

        var builder = new ChangeBatchBuilder(connections.Value.Database, partitions);
        var decoder = new PgOutputDecoder();
        var replicationOptions = new PgOutputReplicationOptions(settings.Publication, PgOutputProtocolVersion.V1, binary: true, messages: true);
        LogStreaming(logger, settings.SlotName, partitions);
        status.Streaming = true;
        status.LastError = null;
        streaming();
        try
        {
            await foreach (var message in replication.StartReplication(slot, replicationOptions, session.Token))
            {
                if (await decoder.DecodeAsync(message, session.Token) is { } transaction)
                {
                    var events = builder.Build(transaction, time.GetUtcNow().ToUnixTimeMilliseconds());
                    await publisher.PublishAsync(events, transaction.EndLsn, transaction.CommitTime, $"{transaction.Xid}:{transaction.EndLsn}",
                        PublishTrace.For(transaction), session.Token);
                }
            }
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            throw new DeliveryFailedException($"Kafka did not acknowledge an event: {publisher.Tracker.Failure}");
        }
        finally
        {
            status.Streaming = false;
            await session.CancelAsync();
            await confirming;
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task StopSessionAsync(ChangePublisher publisher, SlotConfirmer confirmer, CancellationTokenSource session)
    {
        try
        {
            using var timeout = new CancellationTokenSource(FinalFlushTimeout);
            await publisher.FlushAsync(timeout.Token);
            await confirmer.ConfirmAsync(timeout.Token);
            LogStoppedAt(logger, Catalog.Changes.Lsn.Format(status.ConfirmedLsn));
        }
        catch (Exception e) when (e is OperationCanceledException or NpgsqlException or IOException or ObjectDisposedException)
        {
            // Unconfirmed transactions are replayed on the next start; the stream must end either way.
            LogFinalConfirmFailed(logger, e.Message);
        }
        finally
        {
            await session.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Streaming slot {Slot} to {Partitions} partitions")]
    private static partial void LogStreaming(ILogger logger, string slot, int partitions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Capture session ended; reconnecting from the slot's confirmed position")]
    private static partial void LogSessionEnded(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Capture stopped; slot confirmed at {Confirmed}")]
    private static partial void LogStoppedAt(ILogger logger, string confirmed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not confirm the final position on shutdown: {Reason}")]
    private static partial void LogFinalConfirmFailed(ILogger logger, string reason);
}
