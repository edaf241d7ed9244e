using Microsoft.Extensions.Options;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Database;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Rebuilding;
using Xdt.Replicator.Status;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// The region's consumer of the change stream. The blocking consume loop runs on its own long-running thread; it waits
/// for the replica to be migrated, then runs one <see cref="ConsumeSession"/> after another through the shared retry
/// policy: a cut-off waits for the heal (and is not a failure: the storefront keeps serving), a session that fails —
/// a fatal client error or anything thrown — gets a fresh consumer after a backoff; a session that found its position
/// gone from the log is followed by a rebuild of the replica (retried like any other work until it succeeds). Only the
/// host's stop ends it.
/// </summary>
public sealed class ReplicationConsumer(
    ChangeConsumerFactory factory,
    BatchApplier applier,
    ReplicaWriter writer,
    ReplicationState state,
    PartitionSwitch partitionSwitch,
    ReplicaRebuilder rebuilder,
    MigrationGate gate,
    ReplicatorDependencies dependencies,
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
            while (!stoppingToken.IsCancellationRequested)
            {
                partitionSwitch.WaitUntilHealed(stoppingToken);
                string? lostPosition = null;
                dependencies.Consumer.Execute(token => lostPosition = RunSession(token), stoppingToken);
                if (lostPosition is not null)
                {
                    dependencies.PrimaryDatabase.Execute(token => rebuilder.RebuildAsync(lostPosition, token).GetAwaiter().GetResult(), stoppingToken);
                }

                if (partitionSwitch.IsCut)
                {
                    // Cut off on purpose: not an outage, whatever the last session saw.
                    dependencies.Health.Recover(ReplicatorDependencies.Kafka);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the session already closed its consumer.
        }
    }

    /// <returns>Why the replica must be rebuilt before the next session, or null.</returns>
    /// <exception cref="ConsumerFailedException">The client hit a fatal error: retried with a new consumer.</exception>
    private string? RunSession(CancellationToken stoppingToken)
    {
        if (partitionSwitch.IsCut)
        {
            return null; // cut off while waiting to retry: the loop waits for the heal
        }

        partitionSwitch.ConsumerOpened();
        try
        {
            var session = new ConsumeSession(factory, applier, writer, state, dependencies, options.Value, time, logger);
            var end = session.Run(stoppingToken, partitionSwitch.CutToken);
            if (end == SessionEnd.Fatal)
            {
                throw new ConsumerFailedException("The Kafka consumer hit a fatal error.");
            }

            return end == SessionEnd.Rebuild ? session.LostPosition : null;
        }
        finally
        {
            partitionSwitch.ConsumerClosed();
        }
    }
}
