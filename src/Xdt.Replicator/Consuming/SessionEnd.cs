namespace Xdt.Replicator.Consuming;

/// <summary>Why one consumer's lifetime ended.</summary>
public enum SessionEnd
{
    Stopping,
    CutOff,
    Fatal,

    /// <summary>The log no longer holds a position this region needs: rebuild the replica, then start a new session.</summary>
    Rebuild,
}
