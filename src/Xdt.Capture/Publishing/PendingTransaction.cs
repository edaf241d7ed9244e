namespace Xdt.Capture.Publishing;

/// <summary>
/// A published transaction (or a batch of snapshot rows, without <see cref="TransactionId"/>) awaiting acknowledgements;
/// only <see cref="DeliveryTracker"/> changes <see cref="Remaining"/>.
/// </summary>
public sealed class PendingTransaction(ulong endLsn, int events, DateTimeOffset commitTime, string? transactionId = null)
{
    public string? TransactionId { get; } = transactionId;

    public ulong EndLsn { get; } = endLsn;

    public DateTimeOffset CommitTime { get; } = commitTime;

    public int Remaining { get; internal set; } = events;
}
