using Xdt.Replicator.Mapping;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Apply;

/// <summary>Computes, per partition, the position a batch of units moves the replica to.</summary>
public static class PartitionAdvance
{
    public static IReadOnlyList<PartitionProgress> From(IReadOnlyList<ApplyUnit> units, IReadOnlyDictionary<int, long> highWatermarks)
    {
        var byPartition = new Dictionary<int, PartitionProgress>();
        foreach (var unit in units)
        {
            var lsn = 0UL;
            DateTimeOffset? commitTime = null;
            DateTimeOffset? heartbeatTime = null;
            foreach (var consumed in unit.Events)
            {
                switch (consumed.Change)
                {
                    case RowChange row:
                        lsn = Math.Max(lsn, row.CommitLsn);
                        commitTime = Later(commitTime, row.CommitTime);
                        break;
                    case HeartbeatChange heartbeat:
                        lsn = Math.Max(lsn, heartbeat.CommitLsn);
                        commitTime = Later(commitTime, heartbeat.CommitTime);
                        heartbeatTime = Later(heartbeatTime, heartbeat.CommitTime);
                        break;
                }
            }

            var advance = new PartitionProgress(
                unit.Partition,
                unit.NextOffset,
                lsn,
                commitTime,
                heartbeatTime,
                highWatermarks.TryGetValue(unit.Partition, out var high) ? Math.Max(high, unit.NextOffset) : null);
            byPartition[unit.Partition] = byPartition.TryGetValue(unit.Partition, out var earlier) ? earlier.Merge(advance) : advance;
        }

        return [.. byPartition.Values];
    }

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
