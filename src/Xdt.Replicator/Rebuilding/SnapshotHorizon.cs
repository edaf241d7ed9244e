using Xdt.Replicator.Mapping;

namespace Xdt.Replicator.Rebuilding;

/// <summary>
/// The consistent point of the replica's latest completed rebuild. A logged transaction whose commit ended at or
/// before it is already in the copied snapshot: re-applying it would briefly take rows back to older versions (and
/// revive rows deleted before the copy), so it is skipped, and only its offsets are recorded.
/// </summary>
public sealed class SnapshotHorizon
{
    private long _consistentPoint;

    public ulong ConsistentPoint
    {
        get => (ulong)Interlocked.Read(ref _consistentPoint);
        set => Interlocked.Exchange(ref _consistentPoint, (long)value);
    }

    public bool Covers(RowChange change) => change.CommitLsn <= ConsistentPoint;
}
