using Confluent.Kafka;
using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.Replicator.DeadLetters;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Apply;

/// <summary>
/// Applies a batch of complete units. Events that cannot be applied are dead-lettered first (acknowledged before their
/// offsets are recorded). The batch is tried as one database transaction; if the replica rejects an event, the batch is
/// retried unit by unit so only the guilty event is dead-lettered and every other transaction still applies atomically.
/// An unavailable database or broker is waited out with backoff: no event is ever skipped.
/// </summary>
public sealed class BatchApplier(
    ReplicaWriter writer,
    DeadLetterPublisher deadLetters,
    ReplicationState state,
    ReplicatorMetrics metrics,
    ReplicatorTracing tracing,
    TimeProvider time,
    IOptions<ApplyOptions> options,
    IOptions<RegionOptions> region,
    ILogger<BatchApplier> logger)
{
    public void Apply(IReadOnlyList<ApplyUnit> units, IReadOnlyDictionary<int, long> highWatermarks, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var startedTicks = time.GetTimestamp();
        using var activity = tracing.StartBatch(units, region.Value.ConsumerGroup);
        var excluded = new HashSet<ConsumedEvent>(ReferenceEqualityComparer.Instance);
        var malformed = units.SelectMany(u => u.Events)
            .Where(e => e.Change is ApplyError)
            .Select(e => (e, ((ApplyError)e.Change).Reason))
            .ToArray();
        if (malformed.Length > 0)
        {
            DeadLetter(malformed, excluded, cancellationToken);
        }

        try
        {
            Commit(units, excluded, highWatermarks, cancellationToken);
        }
        catch (EventRejectedException)
        {
            logger.BatchRejected(units.Count);
            foreach (var unit in units)
            {
                ApplyAlone(unit, excluded, highWatermarks, cancellationToken);
            }
        }

        tracing.TransactionsApplied(units, started, activity);
        metrics.BatchApplied(time.GetElapsedTime(startedTicks));
    }

    private void ApplyAlone(ApplyUnit unit, HashSet<ConsumedEvent> excluded, IReadOnlyDictionary<int, long> highWatermarks, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                Commit([unit], excluded, highWatermarks, cancellationToken);
                return;
            }
            catch (EventRejectedException rejected) when (rejected.Rejected is { } guilty && !excluded.Contains(guilty))
            {
                DeadLetter([(guilty, rejected.Reason)], excluded, cancellationToken);
            }
            catch (EventRejectedException rejected) when (rejected.Rejected is null && unit.Events.Any(e => e.Change is RowChange && !excluded.Contains(e)))
            {
                // The replica refuses the transaction but no single statement fails alone (e.g. two rows of it
                // collide with each other): the whole transaction is what cannot be applied.
                DeadLetter([.. unit.Events.Where(e => e.Change is RowChange && !excluded.Contains(e)).Select(e => (e, rejected.Reason))], excluded, cancellationToken);
            }
        }
    }

    private void Commit(IReadOnlyList<ApplyUnit> units, HashSet<ConsumedEvent> excluded, IReadOnlyDictionary<int, long> highWatermarks, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                state.Record(writer.Write(units, excluded, highWatermarks));
                var applied = units.Sum(u => u.Events.Count(e => !excluded.Contains(e)));
                state.CountApplied(applied);
                metrics.EventsApplied(applied);
                return;
            }
            catch (NpgsqlException e) when (e is not PostgresException postgres || !EventRejectedException.IsEventFault(postgres))
            {
                var delay = Backoff.Delay(attempt, options.Value.MaxRetryDelay);
                logger.DatabaseUnavailable(e, attempt, delay);
                Backoff.Wait(delay, cancellationToken);
            }
        }
    }

    private void DeadLetter(IReadOnlyList<(ConsumedEvent Event, string Reason)> letters, HashSet<ConsumedEvent> excluded, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                deadLetters.Publish(letters);
                break;
            }
            catch (KafkaException e)
            {
                // Some letters may have been acknowledged already: they are sent again (at-least-once, like the stream).
                var delay = Backoff.Delay(attempt, options.Value.MaxRetryDelay);
                logger.DeadLetterUnavailable(e, attempt, delay);
                Backoff.Wait(delay, cancellationToken);
            }
        }

        foreach (var (consumed, reason) in letters)
        {
            excluded.Add(consumed);
            state.CountDeadLettered();
            metrics.DeadLettered();
            logger.DeadLettered(consumed.Partition, consumed.Offset, reason);
        }
    }
}
