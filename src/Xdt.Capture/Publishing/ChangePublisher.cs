using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Xdt.Capture.Status;
using Xdt.Capture.Transactions;
using Xdt.Catalog.Changes;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Capture.Publishing;

/// <summary>
/// Publishes change events with an idempotent producer (acks=all) to explicit partitions, without waiting for each
/// transaction's acknowledgements: they are counted in a <see cref="DeliveryTracker"/>, and <see cref="Acknowledged"/>
/// fires when the confirmable position may have moved. One publisher per session; a failed one is not reused.
/// While the producer cannot reach any broker it reports <see cref="KafkaDependency"/> failing (the capture is then
/// unhealthy) and keeps its events queued; the first acknowledgement clears it. A fatal producer error fails the session.
/// </summary>
public sealed class ChangePublisher : IDisposable
{
    private readonly IProducer<byte[], byte[]> _producer;
    private readonly string _topic;
    private readonly SemaphoreSlim _inFlight;
    private readonly CaptureStatus _status;
    private readonly CaptureMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly DependencyHealth _health;

    public ChangePublisher(
        ProducerConfig config, string topic, int maxInFlightEvents, CaptureStatus status, CaptureMetrics metrics, TimeProvider time, DependencyHealth health)
    {
        _producer = new ProducerBuilder<byte[], byte[]>(config).SetErrorHandler((_, error) => OnError(error)).Build();
        _topic = topic;
        _inFlight = new SemaphoreSlim(maxInFlightEvents, maxInFlightEvents);
        _status = status;
        _metrics = metrics;
        _time = time;
        _health = health;
    }

    public const string KafkaDependency = "kafka";

    public DeliveryTracker Tracker { get; } = new();

    /// <summary>Raised on the delivery thread when a transaction completed or a delivery failed.</summary>
    public event Action? Acknowledged;

    public Handle Handle => _producer.Handle;

    /// <summary>
    /// Hands a transaction's events to the producer in order; waits only when too many events are unacknowledged.
    /// <paramref name="transactionId"/> is null for snapshot rows. <paramref name="trace"/> says whether the transaction
    /// gets a publish span and under which parent; every event of a traced transaction carries that span's context.
    /// </summary>
    public async ValueTask PublishAsync(
        IReadOnlyList<OutgoingEvent> events, ulong endLsn, DateTimeOffset commitTime, string? transactionId, PublishTrace trace, CancellationToken cancellationToken)
    {
        var pending = Tracker.Register(endLsn, events.Count, commitTime, transactionId);
        if (events.Count == 0)
        {
            Acknowledged?.Invoke();
            return;
        }

        using var activity = trace.Traced
            ? CaptureMetrics.ActivitySource.StartActivity($"publish {_topic}", ActivityKind.Producer, trace.Parent)
            : null;
        activity?.SetTag("messaging.system", "kafka");
        activity?.SetTag("messaging.operation.type", "send");
        activity?.SetTag("messaging.destination.name", _topic);
        activity?.SetTag("messaging.batch.message_count", events.Count);
        activity?.SetTag("db.system.name", "postgresql");
        activity?.SetTag("xdt.commit_lsn", Lsn.Format(endLsn));
        activity?.SetTag("xdt.transaction.id", transactionId);
        var headers = TraceHeaders(activity);

        foreach (var change in events)
        {
            if (!_inFlight.Wait(0))
            {
                await _inFlight.WaitAsync(cancellationToken);
            }

            var message = new Message<byte[], byte[]>
            {
                Key = ChangeJson.Serialize(change.Key),
                Value = ChangeJson.Serialize(change.Envelope),
                Headers = headers,
            };
            _producer.Produce(new TopicPartition(_topic, change.Partition), message, report => OnDelivered(report, pending));
        }
    }

    /// <summary>Waits until every handed-over event is acknowledged or failed.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) =>
        Task.Run(() => _producer.Flush(cancellationToken), cancellationToken);

    private void OnDelivered(DeliveryReport<byte[], byte[]> report, PendingTransaction pending)
    {
        _inFlight.Release();
        if (report.Error.IsError)
        {
            Tracker.Fail($"{report.Error.Code}: {report.Error.Reason} (partition {report.Partition.Value})");
            Acknowledged?.Invoke();
            return;
        }

        _health.Recover(KafkaDependency);
        _status.AddEvents(1);
        _metrics.EventAcknowledged();
        if (Tracker.Acknowledge(pending))
        {
            // Snapshot batches have no transaction id and no commit to measure from.
            if (pending.TransactionId is not null)
            {
                var latency = _time.GetUtcNow() - pending.CommitTime;
                _status.TransactionAcknowledged(pending.CommitTime, latency);
                _metrics.TransactionAcknowledged(latency);
            }

            Acknowledged?.Invoke();
        }
    }

    private void OnError(Error error)
    {
        if (error.IsFatal)
        {
            // The idempotent producer cannot go on without risking order or duplicates: end the session, replay from the slot.
            Tracker.Fail($"fatal producer error {error.Code}: {error.Reason}");
            Acknowledged?.Invoke();
        }
        else if (error.Code is ErrorCode.Local_AllBrokersDown or ErrorCode.Local_Transport)
        {
            _health.Fail(KafkaDependency, error.Reason);
        }
    }

    // W3C trace context of the transaction's span, shared by all of its events: each region's apply continues it.
    private static Headers? TraceHeaders(Activity? activity)
    {
        if (activity is null || ChangeTrace.Format(activity.Context) is not { } traceParent)
        {
            return null;
        }

        var headers = new Headers { { ChangeTopics.TraceParentHeader, Encoding.UTF8.GetBytes(traceParent) } };
        if (!string.IsNullOrEmpty(activity.TraceStateString))
        {
            headers.Add(ChangeTopics.TraceStateHeader, Encoding.UTF8.GetBytes(activity.TraceStateString));
        }

        return headers;
    }

    public void Dispose()
    {
        _producer.Dispose();
        _inFlight.Dispose();
    }
}
