namespace Xdt.Replicator.Mapping;

/// <summary>A capture heartbeat: the partition has seen everything committed on the primary up to <see cref="CommitLsn"/>.</summary>
public sealed record HeartbeatChange(ulong CommitLsn, DateTimeOffset CommitTime) : MappedEvent((TransactionPosition?)null);
