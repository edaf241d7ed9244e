using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Xdt.Capture.Status;

/// <summary>Meter <c>Xdt.Capture</c> and ActivitySource <c>Xdt.Capture</c>.</summary>
public sealed class CaptureMetrics
{
    public const string Name = "Xdt.Capture";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _events;
    private readonly Counter<long> _transactions;
    private readonly Histogram<double> _commitToAck;

    public CaptureMetrics(IMeterFactory meterFactory, CaptureStatus status)
    {
        var meter = meterFactory.Create(Name);
        _events = meter.CreateCounter<long>("xdt.capture.events.published", "{event}", "Change events acknowledged by Kafka.");
        _transactions = meter.CreateCounter<long>("xdt.capture.transactions", "{transaction}", "Primary transactions fully acknowledged by Kafka.");
        _commitToAck = meter.CreateHistogram<double>("xdt.capture.commit_to_ack.duration", "ms", "Primary commit to Kafka acknowledgement of the transaction's last event.");
        meter.CreateObservableGauge("xdt.capture.confirmed_lsn", () => (long)status.ConfirmedLsn, description: "Slot position confirmed to PostgreSQL (numeric LSN).");
        meter.CreateObservableGauge("xdt.capture.commit_to_ack.last", () => status.LastCommitToAckLatency?.TotalMilliseconds ?? 0, "ms",
            "Commit-to-publish latency of the newest acknowledged transaction.");
        meter.CreateObservableGauge("xdt.capture.slot.retained_wal",
            () => status.RetainedWalBytes is { } bytes ? [new Measurement<long>(bytes)] : Array.Empty<Measurement<long>>(), "By",
            "WAL the capture's replication slot holds back on the primary (pg_current_wal_lsn() - restart_lsn).");
    }

    public void EventAcknowledged() => _events.Add(1);

    public void TransactionAcknowledged(TimeSpan commitToAck)
    {
        _transactions.Add(1);
        _commitToAck.Record(commitToAck.TotalMilliseconds);
    }
}
