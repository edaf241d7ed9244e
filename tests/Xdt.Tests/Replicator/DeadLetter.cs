namespace Xdt.Tests.Replicator;

/// <summary>A message read back from the dead-letter topic.</summary>
public sealed record DeadLetter(string? Key, string Value, string Reason, string Region);
