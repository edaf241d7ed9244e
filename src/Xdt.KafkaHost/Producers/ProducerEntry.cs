namespace Xdt.KafkaHost.Producers;

/// <summary>
/// One producer id's state in one partition: its epoch and its last <see cref="Kept"/> batches. A producer has at most
/// five requests in flight, so a retry is always one of the last five batches (Kafka keeps five too).
/// </summary>
public sealed class ProducerEntry(short epoch)
{
    public const int Kept = 5;

    private readonly AppendedBatch[] _recent = new AppendedBatch[Kept];
    private int _count;
    private int _next;

    public short Epoch { get; private set; } = epoch;

    public int Count => _count;

    /// <summary>The last appended batch (valid when <see cref="Count"/> &gt; 0).</summary>
    public AppendedBatch Last => _recent[(_next + Kept - 1) % Kept];

    public IEnumerable<AppendedBatch> Recent()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _recent[(_next + Kept - _count + i) % Kept];
        }
    }

    public bool TryFindDuplicate(int baseSequence, int lastSequence, out long baseOffset)
    {
        for (var i = 0; i < _count; i++)
        {
            var batch = _recent[i];
            if (batch.BaseSequence == baseSequence && batch.LastSequence == lastSequence)
            {
                baseOffset = batch.BaseOffset;
                return true;
            }
        }

        baseOffset = -1;
        return false;
    }

    public void Record(short epoch, AppendedBatch batch)
    {
        if (epoch != Epoch)
        {
            Epoch = epoch;
            _count = 0;
            _next = 0;
        }

        _recent[_next] = batch;
        _next = (_next + 1) % Kept;
        _count = Math.Min(_count + 1, Kept);
    }
}
