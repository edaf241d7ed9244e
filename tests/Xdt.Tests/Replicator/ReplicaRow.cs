namespace Xdt.Tests.Replicator;

/// <summary>What a test compares of a replicated row.</summary>
public sealed record ReplicaRow(long Id, string Name, decimal Price, int Stock, bool Deleted);
