namespace Xdt.Replicator.Mapping;

/// <summary>A well-formed event that carries nothing for a replica (a logical message that is not a heartbeat).</summary>
public sealed record IgnoredEvent(string Reason, TransactionPosition? Transaction) : MappedEvent(Transaction);
