namespace Xdt.Replicator.Status;

/// <summary>The newest heartbeat applied from a partition: its primary commit time and when the replica committed it.</summary>
public readonly record struct AppliedHeartbeat(DateTimeOffset CommitTime, DateTimeOffset AppliedAt);
