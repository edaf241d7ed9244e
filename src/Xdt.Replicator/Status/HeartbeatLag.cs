using Xdt.Catalog.Replication;
using Xdt.Replicator.Apply;

namespace Xdt.Replicator.Status;

/// <summary>
/// The region's replication lag, driven by the capture's heartbeats. A heartbeat committed on the primary at T and
/// applied in a partition means the partition holds everything the primary committed up to T. Two things make lag:
/// <list type="bullet">
/// <item>the heartbeat itself arrived late (applied at A, so the partition was A − T behind when it applied it: a backlog
/// of events before it, a slow apply);</item>
/// <item>the next heartbeat is overdue (now − T − interval: the region is cut off, the capture or the broker stalls, or a
/// backlog holds it up).</item>
/// </list>
/// An idle primary therefore reads the heartbeats' own travel time (milliseconds), not the time since its last write or
/// a saw-tooth up to one interval, and a real backlog or a cut-off region still reads as lag that grows. The region
/// reads its slowest partition (<see cref="HeartbeatLagRule"/>, shared with the storefront's freshness); it has no lag
/// figure until every partition has applied a heartbeat (or a rebuild snapshot's time). The apply times here are the
/// replicator's memory; the replica keeps them too (<c>replication.partitions.heartbeat_applied_at</c>) for the storefront.
/// </summary>
public static class HeartbeatLag
{
    public static double? Milliseconds(
        IReadOnlyList<PartitionProgress> partitions,
        IReadOnlyDictionary<int, AppliedHeartbeat> applied,
        DateTimeOffset now,
        TimeSpan heartbeatInterval)
    {
        if (partitions.Count == 0)
        {
            return null;
        }

        var oldest = DateTimeOffset.MaxValue;
        var latestApply = TimeSpan.Zero;
        foreach (var partition in partitions)
        {
            if (partition.HeartbeatTime is not { } beat)
            {
                return null;
            }

            oldest = beat < oldest ? beat : oldest;
            // After a restart or a rebuild the apply time of the newest heartbeat is unknown: only overdue counts until
            // the next one is applied.
            if (applied.TryGetValue(partition.Partition, out var known) && known.CommitTime == beat && known.AppliedAt - beat > latestApply)
            {
                latestApply = known.AppliedAt - beat;
            }
        }

        return HeartbeatLagRule.Of(oldest, latestApply, now, heartbeatInterval).TotalMilliseconds;
    }
}
