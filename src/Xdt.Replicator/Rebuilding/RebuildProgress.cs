using Xdt.Catalog.Replication;

namespace Xdt.Replicator.Rebuilding;

/// <summary>A rebuild under way: why it started, when, and how far its copy is.</summary>
public sealed record RebuildProgress(long Id, string Reason, DateTimeOffset StartedAt, RebuildCopy Copy);
