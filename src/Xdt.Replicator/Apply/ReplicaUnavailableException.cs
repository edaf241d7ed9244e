namespace Xdt.Replicator.Apply;

/// <summary>
/// A write to the replica failed for a reason other than its events: the session ends, and the next one resumes from
/// the offsets the replica really holds.
/// </summary>
public sealed class ReplicaUnavailableException(Exception inner)
    : Exception($"The replica could not take a write: {inner.Message}", inner);
