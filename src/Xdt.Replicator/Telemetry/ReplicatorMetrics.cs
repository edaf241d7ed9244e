using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Status;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Telemetry;

/// <summary>
/// Meter <c>Xdt.Replicator</c>. Gauges are read from <see cref="ReplicationState"/> at scrape time; every instrument is
/// tagged with the region so one dashboard can compare all nine.
/// </summary>
public sealed class ReplicatorMetrics
{
    public const string MeterName = "Xdt.Replicator";

    private readonly Counter<long> _eventsApplied;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _batchDuration;
    private readonly Histogram<double> _writeToVisible;
    private readonly Counter<long> _rebuilds;
    private readonly KeyValuePair<string, object?> _region;

    public ReplicatorMetrics(
        IMeterFactory meterFactory, ReplicationState state, IOptions<RegionOptions> options, IOptions<LagOptions> lag, TimeProvider time)
    {
        var region = options.Value.Region;
        _region = new("region", region);
        var meter = meterFactory.Create(MeterName);
        _eventsApplied = meter.CreateCounter<long>("xdt.replicator.events_applied", "{event}", "Events applied to the replica (rows and heartbeats).");
        _deadLettered = meter.CreateCounter<long>("xdt.replicator.dead_lettered", "{event}", "Events sent to the dead-letter topic.");
        _batchDuration = meter.CreateHistogram("xdt.replicator.apply.duration", "s",
            "Time to apply one batch of transactions, dead letters and retries included.", tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

        _writeToVisible = meter.CreateHistogram("xdt.replicator.write_to_visible", "s",
            "Primary commit to applied in this region, per transaction (heartbeats included, so an idle primary still measures the path).",
            tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = WriteToVisibleBuckets });
        _rebuilds = meter.CreateCounter<long>("xdt.replicator.rebuilds", "{rebuild}",
            "Rebuilds of this region's replica from a snapshot of the primary (its place in the log was gone), completed.");
        // Exported from the start at zero: Prometheus' increase() needs a sample before the first dead letter or rebuild,
        // or the first one is never seen as an increase.
        _deadLettered.Add(0, _region);
        _rebuilds.Add(0, _region);

        meter.CreateObservableGauge("xdt.replicator.applied_lsn", () => Measure(time, state, region, s => (double)ParseLsn(s.AppliedLsn)),
            description: "Region watermark: minimum applied commit LSN over the topic's partitions.");
        meter.CreateObservableGauge("xdt.replicator.lag", () => Lag(time, state, lag.Value.HeartbeatInterval), "ms",
            "Heartbeat-driven replication lag: how late the newest heartbeat was applied, or how overdue the next one is (slowest partition).");
        meter.CreateObservableGauge("xdt.replicator.lag_events", () => Measure(time, state, region, s => (double)s.LagEvents), "{event}",
            "Events fetched or known on the broker but not yet applied.");
        meter.CreateObservableGauge("xdt.replicator.heartbeat_age", () => Measure(time, state, region,
            s => s.LastHeartbeat is { } beat ? (time.GetUtcNow() - beat).TotalMilliseconds : null), "ms",
            "Time since the oldest partition's last heartbeat was committed on the primary.");
        meter.CreateObservableGauge("xdt.replicator.connected", () => Measure(time, state, region, s => s.Connected ? 1 : 0),
            description: "1 while consuming from Kafka, 0 while cut off.");
        meter.CreateObservableCounter("xdt.replicator.positions_lost", () => new Measurement<long>(state.PositionsLost, _region), "{event}",
            "Stored positions the log no longer held (retention overran the region, or the log was replaced); each starts a rebuild.");
        meter.CreateObservableGauge("xdt.replicator.rebuilding", () => new Measurement<int>(state.Rebuilding is null ? 0 : 1, _region),
            description: "1 while the replica is being rebuilt (the storefront serves its old rows, marked stale).");
    }

    /// <summary>Bucket bounds in seconds; 1 s is the replication-lag SLO threshold.</summary>
    public static IReadOnlyList<double> WriteToVisibleBuckets { get; } =
        [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    /// <summary>
    /// Records each unit's primary commit → visible time; dead-lettered units never became visible, and units a rebuild's
    /// snapshot already held (<paramref name="alreadyVisible"/>) became visible with the snapshot, not now.
    /// </summary>
    public void Visible(IEnumerable<ApplyUnit> units, IReadOnlySet<ConsumedEvent> excluded, Func<RowChange, bool> alreadyVisible, DateTimeOffset visibleAt)
    {
        foreach (var unit in units)
        {
            DateTimeOffset? committed = null;
            foreach (var e in unit.Events)
            {
                DateTimeOffset? time = excluded.Contains(e) ? null : e.Change switch
                {
                    RowChange row when alreadyVisible(row) => null,
                    RowChange row => row.CommitTime,
                    HeartbeatChange beat => beat.CommitTime,
                    _ => null,
                };
                if (time is { } t && (committed is null || t > committed))
                {
                    committed = t;
                }
            }

            if (committed is { } c)
            {
                _writeToVisible.Record(Math.Max(0, (visibleAt - c).TotalSeconds), _region);
            }
        }
    }

    /// <summary>A rebuild of the region's replica committed.</summary>
    public void Rebuilt() => _rebuilds.Add(1, _region);

    public void EventsApplied(long count) => _eventsApplied.Add(count, _region);

    public void DeadLettered() => _deadLettered.Add(1, _region);

    public void BatchApplied(TimeSpan duration) => _batchDuration.Record(duration.TotalSeconds, _region);

    private static IEnumerable<Measurement<double>> Measure(
        TimeProvider time, ReplicationState state, string region, Func<ReplicationStatus, double?> select)
    {
        var value = select(ReplicationStatus.From(region, state, time.GetUtcNow()));
        return value is { } v ? [new Measurement<double>(v, new KeyValuePair<string, object?>("region", region))] : [];
    }

    private IEnumerable<Measurement<double>> Lag(TimeProvider time, ReplicationState state, TimeSpan heartbeatInterval) =>
        HeartbeatLag.Milliseconds(state.Partitions, state.Heartbeats, time.GetUtcNow(), heartbeatInterval) is { } ms
            ? [new Measurement<double>(ms, _region)]
            : [];

    private static ulong ParseLsn(string text) => Xdt.Catalog.Changes.Lsn.TryParse(text, out var lsn) ? lsn : 0;
}
