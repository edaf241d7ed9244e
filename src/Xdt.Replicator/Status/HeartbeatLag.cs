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
/// reads its slowest partition; it has no lag figure until every partition has applied a heartbeat (or a rebuild
/// snapshot's time).
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

        var lag = TimeSpan.Zero;
        foreach (var partition in partitions)
        {
            if (partition.HeartbeatTime is not { } beat)
            {
                return null;
            }

            // After a restart or a rebuild the apply time of the newest heartbeat is unknown: only overdue counts until
            // the next one is applied.
            var late = applied.TryGetValue(partition.Partition, out var known) && known.CommitTime == beat
                ? known.AppliedAt - beat
                : TimeSpan.Zero;
            var overdue = now - beat - heartbeatInterval;
            lag = Max(lag, Max(late, overdue));
        }

        return lag.TotalMilliseconds;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
