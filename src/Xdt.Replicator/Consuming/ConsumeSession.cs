using Confluent.Kafka;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Apply;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Status;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Consuming;

/// <summary>
/// One consumer's lifetime: subscribe, resume every assigned partition from the replica's stored <c>next_offset</c>
/// (earliest when none: an empty replica fills itself from the log), fetch, assemble transactions, apply, repeat —
/// until the host stops, the region is cut off, the client hits a fatal error, or the log no longer holds a stored
/// position (then <see cref="LostPosition"/> says which, and the replica must be rebuilt before the next session). Any
/// other error ends the session by exception, after its consumer is closed. Once the client reports every broker down,
/// Kafka is reported failing (the replicator is unhealthy) until a broker answers again. Runs on the consume loop's
/// thread.
/// </summary>
public sealed class ConsumeSession(
    ChangeConsumerFactory factory,
    BatchApplier applier,
    ReplicaWriter writer,
    ReplicationState state,
    ReplicatorDependencies dependencies,
    ApplyOptions options,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan BrokerProbeInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BrokerProbeTimeout = TimeSpan.FromSeconds(1);

    private readonly TransactionAssembler _assembler = new();
    private readonly Dictionary<int, long> _highWatermarks = [];
    private CancellationToken _work;
    private volatile string? _fatal;
    private bool _brokersDown;
    private long _lastBrokerProbe;

    /// <summary>Set when the session ended because the log no longer holds a position this region needs.</summary>
    public string? LostPosition { get; private set; }

    public SessionEnd Run(CancellationToken stopping, CancellationToken cut)
    {
        using var work = CancellationTokenSource.CreateLinkedTokenSource(stopping, cut);
        _work = work.Token;
        var consumer = factory.Create(OnAssigned, OnRevoked, OnError);
        logger.Consuming(ChangeTopics.ProductUpdates, factory.GroupId, factory.BootstrapServers);
        try
        {
            consumer.Subscribe(ChangeTopics.ProductUpdates);
            while (!_work.IsCancellationRequested && _fatal is null && LostPosition is null)
            {
                Fetch(consumer);
                if (_brokersDown)
                {
                    ProbeBroker(consumer);
                }

                var units = _assembler.TakeReady(options.MaxBatchEvents);
                if (units.Count > 0)
                {
                    applier.Apply(units, _highWatermarks, _work);
                    InformativeOffsets.Store(consumer, units, logger);
                }
            }
        }
        catch (ConsumeException e) when (e.Error.IsFatal)
        {
            _fatal = e.Error.Reason;
        }
        catch (OperationCanceledException) when (_work.IsCancellationRequested)
        {
            // Stopping or cut off in the middle of a wait: whatever was not committed is re-read from stored offsets.
        }
        finally
        {
            state.Connected = false;
            _assembler.ResetAll();
            Close(consumer);
        }

        if (_fatal is { } reason)
        {
            logger.ConsumerFatal(reason);
            return SessionEnd.Fatal;
        }

        if (stopping.IsCancellationRequested)
        {
            return SessionEnd.Stopping;
        }

        return LostPosition is null ? SessionEnd.CutOff : SessionEnd.Rebuild;
    }

    private void Fetch(IConsumer<byte[]?, byte[]?> consumer)
    {
        var timeout = _assembler.HasReady ? TimeSpan.Zero : PollTimeout;
        var touched = new HashSet<TopicPartition>();
        while (_assembler.ReadyEvents < options.MaxBatchEvents)
        {
            ConsumeResult<byte[]?, byte[]?>? result;
            try
            {
                result = consumer.Consume(timeout);
            }
            catch (ConsumeException e) when (e.Error.Code == ErrorCode.Local_AutoOffsetReset && e.ConsumerRecord is { } lost)
            {
                // Retention dropped events this region never read, or the log was replaced: the replica can no longer be
                // brought up to date from the log alone. Say so loudly (status, metric, critical log) and rebuild it.
                state.CountPositionLost();
                logger.PositionLost(lost.Partition.Value, e.Error.Reason);
                LostPosition = $"partition {lost.Partition.Value}: {e.Error.Reason}";
                break;
            }
            catch (ConsumeException e) when (!e.Error.IsFatal)
            {
                logger.ConsumerError(e.Error.Reason);
                break;
            }

            if (result?.Message is not { } message)
            {
                break;
            }

            if (!_brokersDown)
            {
                // Not after the brokers went away: events the client fetched before still arrive, and prove nothing.
                state.Connected = true;
                dependencies.Health.Recover(ReplicatorDependencies.Kafka);
            }

            touched.Add(result.TopicPartition);
            var consumed = Consumed(result, message);
            var assembled = _assembler.Add(consumed);
            if (assembled.ReplacedEvents > 0)
            {
                logger.RunReplaced(consumed.Partition, assembled.ReplacedEvents, consumed.Offset);
            }

            if (assembled.OutOfSequence)
            {
                logger.OutOfSequence(consumed.Partition, consumed.Offset);
            }

            timeout = TimeSpan.Zero;
        }

        foreach (var partition in touched)
        {
            var high = consumer.GetWatermarkOffsets(partition).High;
            if (high != Offset.Unset)
            {
                _highWatermarks[partition.Partition.Value] = high.Value;
                state.ObserveHighWatermark(partition.Partition.Value, high.Value);
            }
        }
    }

    private static ConsumedEvent Consumed(ConsumeResult<byte[]?, byte[]?> result, Message<byte[]?, byte[]?> message) => new(
        result.Partition.Value,
        result.Offset.Value,
        message.Key,
        message.Value,
        message.Headers?.Select(h => KeyValuePair.Create(h.Key, h.GetValueBytes())).ToArray() ?? [],
        EnvelopeMapper.Map(message.Value));

    private IEnumerable<TopicPartitionOffset> OnAssigned(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartition> partitions)
    {
        var stored = ReadPositions().ToDictionary(p => p.Partition);
        state.Load(stored.Values);
        state.Assigned(partitions.Select(p => p.Partition.Value));
        _brokersDown = false;
        state.Connected = true;
        dependencies.Health.Recover(ReplicatorDependencies.Kafka);
        var positions = partitions.Select(tp => new TopicPartitionOffset(tp,
            stored.TryGetValue(tp.Partition.Value, out var progress) ? new Offset(progress.NextOffset) : Offset.Beginning)).ToArray();
        foreach (var position in positions)
        {
            _assembler.Reset(position.Partition.Value);
        }

        logger.PartitionsAssigned(string.Join(", ", positions.Select(p => $"{p.Partition.Value}@{p.Offset}")));
        return positions;
    }

    private void OnRevoked(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> partitions)
    {
        foreach (var partition in partitions)
        {
            _assembler.Reset(partition.Partition.Value);
        }

        logger.PartitionsRevoked(string.Join(", ", partitions.Select(p => p.Partition.Value)));
    }

    /// <summary>
    /// After the client reported the brokers gone, only a broker's answer proves one is back: ask for a partition's
    /// watermarks, at most once a second (the client reconnects on its own meanwhile).
    /// </summary>
    private void ProbeBroker(IConsumer<byte[]?, byte[]?> consumer)
    {
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(_lastBrokerProbe, now) < BrokerProbeInterval)
        {
            return;
        }

        _lastBrokerProbe = now;
        try
        {
            consumer.QueryWatermarkOffsets(consumer.Assignment.FirstOrDefault() ?? new TopicPartition(ChangeTopics.ProductUpdates, 0), BrokerProbeTimeout);
            _brokersDown = false;
            state.Connected = true;
            dependencies.Health.Recover(ReplicatorDependencies.Kafka);
        }
        catch (KafkaException)
        {
            // Still no broker.
        }
    }

    private void OnError(IConsumer<byte[]?, byte[]?> consumer, Error error)
    {
        if (error.IsFatal)
        {
            _fatal = error.Reason;
            return;
        }

        if (error.Code == ErrorCode.Local_AllBrokersDown)
        {
            state.Connected = false;
        }

        if (error.Code is ErrorCode.Local_AllBrokersDown or ErrorCode.Local_Transport)
        {
            _brokersDown = true;
            dependencies.Health.Fail(ReplicatorDependencies.Kafka, error.Reason);
        }

        logger.ConsumerError(error.Reason);
    }

    private IReadOnlyList<PartitionProgress> ReadPositions() =>
        dependencies.ReplicaDatabase.Execute(_ => writer.ReadPositions(), _work);

    private void Close(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            consumer.Close();
        }
        catch (Exception e)
        {
            // The session is over either way; the next one gets a new consumer.
            logger.CloseFailed(e.Message);
        }
        finally
        {
            consumer.Dispose();
        }
    }
}
