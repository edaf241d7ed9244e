using Xdt.Replicator.DeadLetters;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Rebuilding;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Apply;

/// <summary>
/// Applies a batch of complete units, all or nothing per unit (a primary transaction's run on one partition). A unit
/// with an event that cannot be read is dead-lettered whole first (acknowledged before its offsets are recorded). The
/// batch is tried as one database transaction; if the replica rejects an event, the batch is retried unit by unit and
/// the guilty unit is dead-lettered whole (see <see cref="WholeTransaction"/>): none of its rows lands, its offsets
/// still advance, and every other transaction applies. An unavailable database or broker (whatever it throws) is waited
/// out with the shared retry policy: no event is ever skipped.
/// </summary>
public sealed class BatchApplier(
    ReplicaWriter writer,
    DeadLetterPublisher deadLetters,
    ReplicationState state,
    ReplicatorMetrics metrics,
    ReplicatorTracing tracing,
    ReplicatorDependencies dependencies,
    SnapshotHorizon horizon,
    TimeProvider time,
    ILogger<BatchApplier> logger)
{
    public void Apply(IReadOnlyList<ApplyUnit> units, IReadOnlyDictionary<int, long> highWatermarks, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var startedTicks = time.GetTimestamp();
        using var spans = tracing.Start(units, started);
        var excluded = new HashSet<ConsumedEvent>(ReferenceEqualityComparer.Instance);
        foreach (var unit in units)
        {
            if (WholeTransaction.Unreadable(unit) is { Count: > 0 } letters)
            {
                DeadLetter(unit, letters, excluded, cancellationToken);
            }
        }

        try
        {
            Commit(units, excluded, highWatermarks, spans, cancellationToken);
        }
        catch (EventRejectedException)
        {
            logger.BatchRejected(units.Count);
            foreach (var unit in units)
            {
                ApplyAlone(unit, excluded, highWatermarks, spans, cancellationToken);
            }
        }

        spans.Complete(excluded);
        metrics.BatchApplied(time.GetElapsedTime(startedTicks));
    }

    private void ApplyAlone(
        ApplyUnit unit, HashSet<ConsumedEvent> excluded, IReadOnlyDictionary<int, long> highWatermarks, ApplySpans spans, CancellationToken cancellationToken)
    {
        try
        {
            Commit([unit], excluded, highWatermarks, spans, cancellationToken);
        }
        catch (EventRejectedException rejected)
        {
            // The replica refused one of its rows: the whole transaction goes, and only its offsets are recorded, so
            // the partition moves on to the next transaction.
            DeadLetter(unit, WholeTransaction.Rejected(unit, rejected.Rejected, rejected.Reason), excluded, cancellationToken);
            Commit([unit], excluded, highWatermarks, spans, cancellationToken);
        }
    }

    /// <summary>
    /// Writes the units and their offsets in one replica transaction. A write that fails for any reason but its events is
    /// not retried in place: the replica commits with synchronous_commit=off, so a crash may have taken its last commits,
    /// rows and offsets together, and this session's position would then be ahead of what the replica holds — a retried
    /// write would record offsets past changes that are gone. The session ends instead, and the next one resumes from the
    /// offsets the replica really kept (read through the retry policy once it answers again).
    /// </summary>
    private void Commit(
        IReadOnlyList<ApplyUnit> units, HashSet<ConsumedEvent> excluded, IReadOnlyDictionary<int, long> highWatermarks, ApplySpans spans, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<PartitionProgress> advances;
        try
        {
            advances = writer.Write(units, excluded, highWatermarks, spans);
        }
        catch (Exception e) when (e is not OperationCanceledException && !ReplicatorDependencies.IsEventFault(e))
        {
            dependencies.Health.Fail(ReplicatorDependencies.Replica, e.Message);
            throw new ReplicaUnavailableException(e);
        }

        var appliedAt = time.GetUtcNow();
        state.Record(advances, appliedAt);
        metrics.Visible(units, excluded, horizon.Covers, appliedAt);
        var applied = units.Sum(u => u.Events.Count(e => !excluded.Contains(e)));
        state.CountApplied(applied);
        metrics.EventsApplied(applied);
    }

    private void DeadLetter(ApplyUnit unit, IReadOnlyList<DeadLetterEntry> letters, HashSet<ConsumedEvent> excluded, CancellationToken cancellationToken)
    {
        // After a failed attempt some letters may have been acknowledged already: they are sent again (at-least-once,
        // like the stream).
        dependencies.DeadLetters.Execute(_ => deadLetters.Publish(letters), cancellationToken);

        if (letters.Count > 1)
        {
            logger.TransactionDeadLettered(unit.Partition, unit.TransactionId, letters.Count);
        }

        foreach (var letter in letters)
        {
            excluded.Add(letter.Event);
            state.CountDeadLettered();
            metrics.DeadLettered();
            logger.DeadLettered(letter.Event.Partition, letter.Event.Offset, letter.Reason);
        }
    }
}
