namespace Xdt.Replicator.Consuming;

/// <summary>A consumer session ended on a fatal client error; the retry policy starts a new one.</summary>
public sealed class ConsumerFailedException(string message) : Exception(message);
