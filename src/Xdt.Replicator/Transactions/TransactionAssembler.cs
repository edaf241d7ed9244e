using Xdt.Replicator.Mapping;

namespace Xdt.Replicator.Transactions;

/// <summary>
/// Groups consumed events into <see cref="ApplyUnit"/>s, per partition and in offset order. The capture publishes a
/// primary transaction's events for one partition contiguously, numbered 1..n: the unit is ready when event n arrives.
/// A run that restarts at 1 (or an event without a transaction block) replaces an unfinished run — that is a replay
/// after a capture crash, and the replay carries the same events. An event that fits nowhere (order k &gt; 1 that does
/// not continue the run) is a broken stream: it and the unfinished run become <see cref="ApplyError"/>s, so they are
/// dead-lettered rather than silently lost. Not thread-safe: owned by the consume loop.
/// </summary>
public sealed class TransactionAssembler
{
    private readonly Dictionary<int, List<ConsumedEvent>> _open = [];
    private readonly LinkedList<ApplyUnit> _ready = new();

    public int ReadyEvents { get; private set; }

    public bool HasReady => _ready.Count > 0;

    public AssemblyResult Add(ConsumedEvent consumed)
    {
        var position = consumed.Change.Transaction;
        _open.TryGetValue(consumed.Partition, out var run);

        if (position is null || position.Order == 1)
        {
            var replaced = run?.Count ?? 0;
            _open.Remove(consumed.Partition);
            if (position is null || position.IsLast)
            {
                Emit(new ApplyUnit(consumed.Partition, [consumed]));
            }
            else
            {
                _open[consumed.Partition] = [consumed];
            }

            return new AssemblyResult(replaced, OutOfSequence: false);
        }

        if (run is not null && Continues(run, position))
        {
            run.Add(consumed);
            if (position.IsLast)
            {
                _open.Remove(consumed.Partition);
                Emit(new ApplyUnit(consumed.Partition, run));
            }

            return default;
        }

        _open.Remove(consumed.Partition);
        var broken = (run ?? []).Select(e => Reject(e, $"incomplete transaction {e.Change.Transaction?.Id}: the run was interrupted at offset {consumed.Offset}"))
            .Append(Reject(consumed, $"out-of-sequence transaction event {position.Order} of {position.Count} of {position.Id}"))
            .ToArray();
        Emit(new ApplyUnit(consumed.Partition, broken));
        return new AssemblyResult(0, OutOfSequence: true);
    }

    /// <summary>Takes ready units in arrival order until <paramref name="maxEvents"/> is reached (at least one unit).</summary>
    public IReadOnlyList<ApplyUnit> TakeReady(int maxEvents)
    {
        var taken = new List<ApplyUnit>();
        var events = 0;
        while (_ready.First is { } next && (taken.Count == 0 || events + next.Value.Events.Count <= maxEvents))
        {
            _ready.RemoveFirst();
            taken.Add(next.Value);
            events += next.Value.Events.Count;
        }

        ReadyEvents -= events;
        return taken;
    }

    /// <summary>Forgets a partition's buffered events: after a reassignment it is re-read from the replica's stored offset.</summary>
    public void Reset(int partition)
    {
        _open.Remove(partition);
        for (var node = _ready.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value.Partition == partition)
            {
                ReadyEvents -= node.Value.Events.Count;
                _ready.Remove(node);
            }

            node = next;
        }
    }

    public void ResetAll()
    {
        _open.Clear();
        _ready.Clear();
        ReadyEvents = 0;
    }

    private static bool Continues(List<ConsumedEvent> run, TransactionPosition position)
    {
        var first = run[0].Change.Transaction!;
        return first.Id == position.Id && first.Count == position.Count && run.Count + 1 == position.Order;
    }

    private static ConsumedEvent Reject(ConsumedEvent consumed, string reason) =>
        consumed with { Change = new ApplyError(reason, consumed.Change.Transaction) };

    private void Emit(ApplyUnit unit)
    {
        _ready.AddLast(unit);
        ReadyEvents += unit.Events.Count;
    }
}
