using System.Collections.Concurrent;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Rebuilding;

namespace Xdt.Replicator.Status;

/// <summary>
/// The replicator's view of its progress, mirrored from <c>replication.partitions</c> after every commit (and loaded
/// from it at start), so status requests and metric scrapes never touch the database.
/// </summary>
public sealed class ReplicationState
{
    private readonly ConcurrentDictionary<int, PartitionProgress> _partitions = new();
    private readonly ConcurrentDictionary<int, AppliedHeartbeat> _heartbeats = new();
    private long _eventsApplied;
    private long _deadLettered;
    private long _positionsLost;
    private long _rebuilds;
    private volatile bool _connected;
    private volatile RebuildProgress? _rebuilding;

    public bool Connected
    {
        get => _connected;
        set => _connected = value;
    }

    public long EventsApplied => Interlocked.Read(ref _eventsApplied);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>
    /// How often a stored position was no longer in the log (retention dropped it before this region read it, or the log
    /// was replaced): each time the replica is rebuilt from a snapshot of the primary. Never silent.
    /// </summary>
    public long PositionsLost => Interlocked.Read(ref _positionsLost);

    /// <summary>Completed rebuilds since the replicator started.</summary>
    public long Rebuilds => Interlocked.Read(ref _rebuilds);

    /// <summary>The rebuild under way, or null.</summary>
    public RebuildProgress? Rebuilding
    {
        get => _rebuilding;
        set => _rebuilding = value;
    }

    public IReadOnlyList<PartitionProgress> Partitions => [.. _partitions.Values.OrderBy(p => p.Partition)];

    /// <summary>
    /// Per partition, the newest heartbeat applied since the replicator started and when (kept in memory only: the lag
    /// reads it, and after a restart the next heartbeat is a second away).
    /// </summary>
    public IReadOnlyDictionary<int, AppliedHeartbeat> Heartbeats => new Dictionary<int, AppliedHeartbeat>(_heartbeats);

    public void Load(IEnumerable<PartitionProgress> stored)
    {
        foreach (var progress in stored)
        {
            _partitions[progress.Partition] = progress;
        }
    }

    /// <summary>An assigned partition with nothing applied yet still counts: the region's watermark is the minimum.</summary>
    public void Assigned(IEnumerable<int> partitions)
    {
        foreach (var partition in partitions)
        {
            _partitions.TryAdd(partition, new PartitionProgress(partition, 0, 0, null, null, null));
        }
    }

    /// <summary>Advances committed to the replica at <paramref name="appliedAt"/>.</summary>
    public void Record(IEnumerable<PartitionProgress> advances, DateTimeOffset appliedAt)
    {
        foreach (var advance in advances)
        {
            _partitions.AddOrUpdate(advance.Partition, advance, (_, current) => current.Merge(advance));
            if (advance.HeartbeatTime is { } beat)
            {
                var heartbeat = new AppliedHeartbeat(beat, appliedAt);
                _heartbeats.AddOrUpdate(advance.Partition, heartbeat, (_, current) => current.CommitTime >= beat ? current : heartbeat);
            }
        }
    }

    public void ObserveHighWatermark(int partition, long highWatermark) =>
        _partitions.AddOrUpdate(
            partition,
            p => new PartitionProgress(p, 0, 0, null, null, highWatermark),
            (_, current) => current with { HighWatermark = Math.Max(highWatermark, current.NextOffset) });

    public void CountApplied(long events) => Interlocked.Add(ref _eventsApplied, events);

    public void CountDeadLettered() => Interlocked.Increment(ref _deadLettered);

    public void CountPositionLost() => Interlocked.Increment(ref _positionsLost);

    public void CountRebuild() => Interlocked.Increment(ref _rebuilds);

    /// <summary>After a rebuild: every partition restarts from the oldest retained event, as of the snapshot.</summary>
    public void Reset(ulong snapshotLsn, DateTimeOffset asOf)
    {
        _heartbeats.Clear();
        foreach (var partition in _partitions.Keys)
        {
            _partitions[partition] = new PartitionProgress(partition, PartitionProgress.OldestRetained, snapshotLsn, asOf, asOf, null);
        }
    }
}
