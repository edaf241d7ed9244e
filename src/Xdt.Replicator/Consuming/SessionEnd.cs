namespace Xdt.Replicator.Consuming;

/// <summary>Why one consumer's lifetime ended.</summary>
public enum SessionEnd
{
    Stopping,
    CutOff,
    Fatal,

    /// <summary>A partition was taken away mid-seek: start a new session at once.</summary>
    Restart,
}
