namespace Xdt.Replicator.Consuming;

/// <summary>Why one consumer's lifetime ended.</summary>
public enum SessionEnd
{
    Stopping,
    CutOff,
    Fatal,
}
