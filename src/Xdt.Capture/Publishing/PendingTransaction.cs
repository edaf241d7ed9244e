namespace Xdt.Capture.Publishing;

/// <summary>A published transaction awaiting acknowledgements; only <see cref="DeliveryTracker"/> changes <see cref="Remaining"/>.</summary>
public sealed class PendingTransaction(ulong endLsn, int events, DateTimeOffset commitTime)
{
    public ulong EndLsn { get; } = endLsn;

    public DateTimeOffset CommitTime { get; } = commitTime;

    public int Remaining { get; internal set; } = events;
}
