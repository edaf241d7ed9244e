namespace Xdt.Capture.Publishing;

/// <summary>
/// Follows Kafka acknowledgements of published transactions, in stream order, and tells how far the replication slot
/// may be confirmed: up to the end LSN of the newest transaction whose events — and all earlier ones — are acked.
/// Thread-safe: acknowledgements arrive on the producer's delivery thread.
/// </summary>
public sealed class DeliveryTracker
{
    private readonly Lock _gate = new();
    private readonly Queue<PendingTransaction> _pending = new();
    private ulong _confirmable;
    private string? _failure;

    public DeliveryTracker(ulong startLsn = 0) => _confirmable = startLsn;

    /// <summary>The first delivery error; once set, the stream must stop and restart from the slot.</summary>
    public string? Failure
    {
        get { lock (_gate) { return _failure; } }
    }

    public ulong ConfirmableLsn
    {
        get { lock (_gate) { return _confirmable; } }
    }

    public int PendingTransactions
    {
        get { lock (_gate) { return _pending.Count; } }
    }

    /// <summary>Registers a transaction (in stream order) that will publish <paramref name="events"/> events.</summary>
    public PendingTransaction Register(ulong endLsn, int events, DateTimeOffset commitTime, string? transactionId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        var entry = new PendingTransaction(endLsn, events, commitTime, transactionId);
        lock (_gate)
        {
            _pending.Enqueue(entry);
            Drain();
        }

        return entry;
    }

    /// <summary>Records one acked event; true when it was the transaction's last one.</summary>
    public bool Acknowledge(PendingTransaction entry)
    {
        lock (_gate)
        {
            if (entry.Remaining <= 0)
            {
                throw new InvalidOperationException("More acknowledgements than events.");
            }

            entry.Remaining--;
            Drain();
            return entry.Remaining == 0;
        }
    }

    public void Fail(string reason)
    {
        lock (_gate)
        {
            _failure ??= reason;
        }
    }

    private void Drain()
    {
        while (_pending.TryPeek(out var head) && head.Remaining == 0)
        {
            _pending.Dequeue();
            _confirmable = Math.Max(_confirmable, head.EndLsn);
        }
    }
}
