namespace Xdt.Replicator.Mapping;

/// <summary>An event that cannot be applied; it goes to the dead-letter topic with <see cref="Reason"/>.</summary>
public sealed record ApplyError(string Reason, TransactionPosition? Transaction = null) : MappedEvent(Transaction);
