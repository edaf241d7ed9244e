using Confluent.Kafka;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// Mirrors applied positions to Kafka's group offsets at most once per interval. They are only informative (lag
/// dashboards read them); the replica's <c>replication.partitions</c> is what the replicator resumes from.
/// </summary>
public sealed class InformativeCommits(TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<int, long> _pending = [];
    private long _last;

    public void Applied(IConsumer<byte[]?, byte[]?> consumer, IReadOnlyList<ApplyUnit> units)
    {
        foreach (var unit in units)
        {
            _pending[unit.Partition] = unit.NextOffset;
        }

        if (time.GetElapsedTime(_last) < Interval)
        {
            return;
        }

        _last = time.GetTimestamp();
        try
        {
            consumer.Commit(_pending.Select(p => new TopicPartitionOffset(ChangeTopics.ProductUpdates, p.Key, p.Value)));
            _pending.Clear();
        }
        catch (KafkaException e)
        {
            // REBALANCE_IN_PROGRESS and friends: harmless, the next commit carries the same positions.
            logger.OffsetCommitFailed(e.Error.Reason);
        }
    }

    /// <summary>A partition that is no longer ours must not be committed by this member.</summary>
    public void Forget(int partition) => _pending.Remove(partition);
}
