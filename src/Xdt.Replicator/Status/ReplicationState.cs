using System.Collections.Concurrent;
using Xdt.Replicator.Apply;

namespace Xdt.Replicator.Status;

/// <summary>
/// The replicator's view of its progress, mirrored from <c>replication.partitions</c> after every commit (and loaded
/// from it at start), so status requests and metric scrapes never touch the database.
/// </summary>
public sealed class ReplicationState
{
    private readonly ConcurrentDictionary<int, PartitionProgress> _partitions = new();
    private long _eventsApplied;
    private long _deadLettered;
    private long _positionsLost;
    private volatile bool _connected;

    public bool Connected
    {
        get => _connected;
        set => _connected = value;
    }

    public long EventsApplied => Interlocked.Read(ref _eventsApplied);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>
    /// How often a stored position was no longer in the log (retention dropped it before this region read it): the
    /// changes in between never reached this replica, which must be reseeded. Never silent.
    /// </summary>
    public long PositionsLost => Interlocked.Read(ref _positionsLost);

    public IReadOnlyList<PartitionProgress> Partitions => [.. _partitions.Values.OrderBy(p => p.Partition)];

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

    public void Record(IEnumerable<PartitionProgress> advances)
    {
        foreach (var advance in advances)
        {
            _partitions.AddOrUpdate(advance.Partition, advance, (_, current) => current.Merge(advance));
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
}
