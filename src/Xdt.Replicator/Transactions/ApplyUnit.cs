namespace Xdt.Replicator.Transactions;

/// <summary>
/// Events of one partition that become visible together: a complete primary transaction's run, or one event that
/// travelled without a transaction block. After it is applied the partition resumes at <see cref="NextOffset"/>.
/// </summary>
public sealed record ApplyUnit(int Partition, IReadOnlyList<ConsumedEvent> Events)
{
    public long LastOffset => Events[^1].Offset;

    public long NextOffset => LastOffset + 1;

    public string? TransactionId => Events[0].Change.Transaction?.Id;
}
