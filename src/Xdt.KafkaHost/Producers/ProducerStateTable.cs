using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Producers;

/// <summary>
/// The idempotent producers' state of one partition. Rebuilt on start from the snapshot taken when the active segment
/// was created plus the batches of that segment, so a batch retried across a broker restart is still recognised.
/// Not thread-safe: the partition's lock guards it.
/// </summary>
public sealed class ProducerStateTable
{
    private readonly Dictionary<long, ProducerEntry> _producers = [];

    public int Count => _producers.Count;

    public IReadOnlyDictionary<long, ProducerEntry> Producers => _producers;

    public (SequenceOutcome Outcome, long DuplicateOffset) Check(in RecordBatchHeader batch) =>
        !batch.HasProducerId
            ? (SequenceOutcome.Append, -1)
            : SequenceCheck.Decide(_producers.GetValueOrDefault(batch.ProducerId), batch.ProducerEpoch, batch.BaseSequence, batch.LastSequence);

    /// <summary>Records an appended batch (also used when replaying the log on start).</summary>
    public void Record(long producerId, short epoch, int baseSequence, int lastSequence, long baseOffset)
    {
        if (producerId < 0)
        {
            return;
        }

        if (!_producers.TryGetValue(producerId, out var entry))
        {
            entry = new ProducerEntry(epoch);
            _producers[producerId] = entry;
        }

        entry.Record(epoch, new AppendedBatch(baseSequence, lastSequence, baseOffset));
    }

    public void Record(in RecordBatchHeader batch, long baseOffset) =>
        Record(batch.ProducerId, batch.ProducerEpoch, batch.BaseSequence, batch.LastSequence, baseOffset);
}
