namespace Xdt.Replicator.Mapping;

/// <summary>
/// A validated row change. Inserts, updates and snapshot reads carry the new image; deletes carry the old image with
/// <see cref="Deleted"/> set, so that a delete of a row the replica never saw still leaves a tombstone.
/// </summary>
public sealed record RowChange(
    CatalogRow Row,
    bool Deleted,
    ulong Lsn,
    ulong CommitLsn,
    DateTimeOffset CommitTime,
    TransactionPosition? Transaction) : MappedEvent(Transaction);
