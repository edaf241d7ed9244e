using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Telemetry;
using Xdt.Replicator.Transactions;
using Microsoft.Extensions.Hosting;

namespace Xdt.Tests.Replicator;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ReplicatorTracingTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;
    private readonly ReplicatorTracing _tracing = new(Options.Create(new RegionOptions { Region = "ohio" }));

    public ReplicatorTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ReplicatorTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public void Start_TracedTransactions_EachApplyIsAChildOfItsPublishSpanWithRegionPartitionOffsetAndRows()
    {
        var publishA = Publish();
        var publishB = Publish();
        var a = Unit(0, 7, publishA, Row(1), Row(2));
        var b = Unit(1, 9, publishB, Row(3));
        var heartbeat = Unit(2, 4, null, new HeartbeatChange(1, ChangeEvents.Created));
        var before = Activity.Current;

        string? traceParentA, traceParentB, traceParentHeartbeat;
        using (var spans = _tracing.Start([a, heartbeat, b], DateTimeOffset.UtcNow))
        {
            // The replica statements of the batch run under the first traced transaction's apply.
            Assert.Equal(publishA.TraceId, Activity.Current?.TraceId);
            (traceParentA, traceParentB, traceParentHeartbeat) = (spans.TraceParentOf(a), spans.TraceParentOf(b), spans.TraceParentOf(heartbeat));
            spans.Complete(new HashSet<ConsumedEvent>());
            Assert.Equal(publishA.TraceId, Activity.Current?.TraceId);
        }

        Assert.Same(before, Activity.Current);
        var applyA = Assert.Single(_stopped, s => s.TraceId == publishA.TraceId);
        var applyB = Assert.Single(_stopped, s => s.TraceId == publishB.TraceId);
        Assert.Equal(ReplicatorTracing.ApplySpanName, applyA.OperationName);
        Assert.Equal(ActivityKind.Consumer, applyA.Kind);
        Assert.Equal(publishA.SpanId, applyA.ParentSpanId);
        Assert.Equal(publishB.SpanId, applyB.ParentSpanId);
        Assert.Equal("ohio", applyA.GetTagItem(XdtSpanTags.Region));
        Assert.Equal("0", applyA.GetTagItem("messaging.destination.partition.id"));
        Assert.Equal(7L, applyA.GetTagItem("messaging.kafka.offset"));
        Assert.Equal(2, applyA.GetTagItem("messaging.batch.message_count"));
        Assert.Equal(2, applyA.GetTagItem(ReplicatorTracing.RowsTag));
        Assert.Equal("1", applyB.GetTagItem("messaging.destination.partition.id"));
        Assert.Equal(9L, applyB.GetTagItem("messaging.kafka.offset"));
        Assert.Equal(1, applyB.GetTagItem(ReplicatorTracing.RowsTag));
        // Written in the same replica transaction as A: B says so with a link, and shares A's start.
        Assert.Equal(applyA.SpanId, Assert.Single(applyB.Links).Context.SpanId);
        Assert.Equal(applyA.StartTimeUtc, applyB.StartTimeUtc);
        Assert.Equal(ActivityStatusCode.Unset, applyA.Status);
        // Known before the write, so each transaction's rows keep the traceparent of their own region's apply.
        Assert.Equal(ChangeTrace.Format(applyA.Context), traceParentA);
        Assert.Equal(ChangeTrace.Format(applyB.Context), traceParentB);
        Assert.Null(traceParentHeartbeat);
    }

    [Fact]
    public void Start_NothingTraced_RecordsNothingAndLeavesTheCurrentActivity()
    {
        var heartbeat = Unit(0, 1, null, new HeartbeatChange(1, ChangeEvents.Created));
        var unreadableHeader = new ApplyUnit(1, [new ConsumedEvent(1, 2, null, null,
            [KeyValuePair.Create(ChangeTopics.TraceParentHeader, Encoding.UTF8.GetBytes("not-a-trace"))], Row(1))]);
        var before = Activity.Current;

        using (var spans = _tracing.Start([heartbeat, unreadableHeader], DateTimeOffset.UtcNow))
        {
            Assert.Same(ApplySpans.None, spans);
            Assert.Same(before, Activity.Current);
            spans.Complete(new HashSet<ConsumedEvent>());
        }

        Assert.DoesNotContain(_stopped, s => s.OperationName == ReplicatorTracing.ApplySpanName && s.GetTagItem("messaging.kafka.offset") is 2L);
    }

    [Fact]
    public void Complete_DeadLetteredTransaction_ApplyIsAnErrorWithNoRows()
    {
        var publish = Publish();
        var unit = Unit(3, 11, publish, Row(1), Row(2));

        using (var spans = _tracing.Start([unit], DateTimeOffset.UtcNow))
        {
            spans.Complete(new HashSet<ConsumedEvent>(unit.Events, ReferenceEqualityComparer.Instance));
        }

        var apply = Assert.Single(_stopped, s => s.TraceId == publish.TraceId);
        Assert.Equal(ActivityStatusCode.Error, apply.Status);
        Assert.Equal(0, apply.GetTagItem(ReplicatorTracing.RowsTag));
    }

    public void Dispose() => _listener.Dispose();

    private static ActivityContext Publish() =>
        new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);

    private static RowChange Row(long id) =>
        new(new StoreRow(id, 1, $"s{id}", "S", null, "EUR", ChangeEvents.Created, ChangeEvents.Created), false, 10, 20, ChangeEvents.Created, null);

    private static ApplyUnit Unit(int partition, long firstOffset, ActivityContext? publish, params MappedEvent[] changes)
    {
        IReadOnlyList<KeyValuePair<string, byte[]>> headers = publish is { } context
            ? [KeyValuePair.Create(ChangeTopics.TraceParentHeader, Encoding.UTF8.GetBytes(ChangeTrace.Format(context)!))]
            : [];
        return new ApplyUnit(partition, changes.Select((c, i) => new ConsumedEvent(partition, firstOffset + i, null, null, headers, c)).ToList());
    }
}
