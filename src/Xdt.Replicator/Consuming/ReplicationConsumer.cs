using Microsoft.Extensions.Options;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Database;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// The region's consumer of the change stream. The blocking consume loop runs on its own long-running thread; it waits
/// for the replica to be migrated, then runs one <see cref="ConsumeSession"/> after another: a cut-off waits for the
/// heal, a fatal client error gets a fresh consumer after a backoff.
/// </summary>
public sealed class ReplicationConsumer(
    ChangeConsumerFactory factory,
    BatchApplier applier,
    ReplicaWriter writer,
    ReplicationState state,
    PartitionSwitch partitionSwitch,
    MigrationGate gate,
    IOptions<ApplyOptions> options,
    TimeProvider time,
    ILogger<ReplicationConsumer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        try
        {
            gate.Migrated.Wait(stoppingToken);
            for (var failures = 0; !stoppingToken.IsCancellationRequested;)
            {
                partitionSwitch.WaitUntilHealed(stoppingToken);
                partitionSwitch.ConsumerOpened();
                SessionEnd end;
                try
                {
                    var session = new ConsumeSession(factory, applier, writer, state, options.Value, time, logger);
                    end = session.Run(stoppingToken, partitionSwitch.CutToken);
                }
                finally
                {
                    partitionSwitch.ConsumerClosed();
                }

                failures = end == SessionEnd.Fatal ? failures + 1 : 0;
                if (end == SessionEnd.Fatal)
                {
                    Backoff.Wait(Backoff.Delay(failures, options.Value.MaxRetryDelay), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the session already closed its consumer.
        }
    }
}
