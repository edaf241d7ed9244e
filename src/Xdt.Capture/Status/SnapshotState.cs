namespace Xdt.Capture.Status;

public enum SnapshotState
{
    /// <summary>Not yet known: the worker has not looked at the slot.</summary>
    Unknown,

    /// <summary>Copying existing rows; a crash now redoes the snapshot on the next start.</summary>
    Running,

    /// <summary>Recorded as complete on the primary (capture.snapshots).</summary>
    Completed,
}
