namespace Xdt.KafkaHost.Producers;

/// <summary>The idempotent producer's rules, as Kafka applies them to a batch with a producer id.</summary>
public static class SequenceCheck
{
    /// <param name="entry">What the partition knows of this producer id; null when nothing (new, or expired by retention).</param>
    public static (SequenceOutcome Outcome, long DuplicateOffset) Decide(ProducerEntry? entry, short epoch, int baseSequence, int lastSequence)
    {
        if (entry is null || entry.Count == 0)
        {
            // Nothing to compare with: a new producer, or one whose batches left with deleted segments. Kafka accepts it.
            return (SequenceOutcome.Append, -1);
        }

        if (epoch < entry.Epoch)
        {
            return (SequenceOutcome.StaleEpoch, -1);
        }

        if (epoch > entry.Epoch)
        {
            // A bumped epoch starts its sequences again at 0.
            return (baseSequence == 0 ? SequenceOutcome.Append : SequenceOutcome.OutOfOrder, -1);
        }

        if (entry.TryFindDuplicate(baseSequence, lastSequence, out var offset))
        {
            return (SequenceOutcome.Duplicate, offset);
        }

        return baseSequence == Protocol.Sequences.Next(entry.Last.LastSequence)
            ? (SequenceOutcome.Append, -1)
            : (SequenceOutcome.OutOfOrder, -1);
    }
}
