namespace Xdt.Capture.Status;

/// <summary>What the capture is doing, shared by the worker, the status endpoint, the health check and the metrics.</summary>
public sealed class CaptureStatus
{
    private long _confirmedLsn;
    private long _eventsPublished;
    private long _transactionsPublished;
    private long _snapshotRows;
    private long _lastCommitTicks;
    private long _lastLatencyTicks;
    private long _retainedWalBytes = -1;
    private volatile bool _streaming;

    public required string SlotName { get; init; }

    public SnapshotState Snapshot { get; set; } = SnapshotState.Unknown;

    public bool Streaming
    {
        get => _streaming;
        set => _streaming = value;
    }

    public string? LastError { get; set; }

    public int Sessions { get; set; }

    public ulong ConfirmedLsn
    {
        get => (ulong)Interlocked.Read(ref _confirmedLsn);
        set => Interlocked.Exchange(ref _confirmedLsn, (long)value);
    }

    public long EventsPublished => Interlocked.Read(ref _eventsPublished);

    public long TransactionsPublished => Interlocked.Read(ref _transactionsPublished);

    public long SnapshotRows => Interlocked.Read(ref _snapshotRows);

    public DateTimeOffset? LastCommitTime =>
        Interlocked.Read(ref _lastCommitTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Primary commit → last Kafka acknowledgement of that transaction, for the newest completed transaction.</summary>
    public TimeSpan? LastCommitToAckLatency =>
        Interlocked.Read(ref _lastLatencyTicks) is var ticks and > 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>WAL the slot holds back on the primary, as last read; null before the first read or when the slot is missing.</summary>
    public long? RetainedWalBytes
    {
        get => Interlocked.Read(ref _retainedWalBytes) is var bytes and >= 0 ? bytes : null;
        set => Interlocked.Exchange(ref _retainedWalBytes, value ?? -1);
    }

    public void AddEvents(int count) => Interlocked.Add(ref _eventsPublished, count);

    public void AddSnapshotRow() => Interlocked.Increment(ref _snapshotRows);

    public void TransactionAcknowledged(DateTimeOffset commitTime, TimeSpan latency)
    {
        Interlocked.Increment(ref _transactionsPublished);
        Interlocked.Exchange(ref _lastCommitTicks, commitTime.UtcTicks);
        Interlocked.Exchange(ref _lastLatencyTicks, Math.Max(1, latency.Ticks));
    }
}
