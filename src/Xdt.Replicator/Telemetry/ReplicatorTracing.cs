using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Hosting;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Telemetry;

/// <summary>
/// ActivitySource <c>Xdt.Replicator</c>: an <c>apply</c> span per primary transaction that arrived with a
/// <c>traceparent</c> header, a child of the capture's publish span, so the seller's write, the publish and the apply in
/// every region are one trace (docs/ARCHITECTURE.md, "One trace per change"). Events without trace context (heartbeats,
/// snapshot rows) record nothing, and neither do the replica statements they cause. A traced product row keeps its
/// apply span's <c>traceparent</c> in the replica, where the storefront's first read of it continues the trace.
/// </summary>
public sealed class ReplicatorTracing(IOptions<RegionOptions> region)
{
    public const string SourceName = "Xdt.Replicator";
    public const string ApplySpanName = "apply " + ChangeTopics.ProductUpdates;
    public const string RowsTag = "xdt.rows";

    /// <summary>Transactions of one batch that get a span; the rest of a large catch-up batch is not recorded.</summary>
    public const int MaxSpansPerBatch = 32;

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// Starts the apply span of every traced transaction of the batch (at most <see cref="MaxSpansPerBatch"/>) and makes
    /// the first one current, so the replica statements of the batch nest under it; the others link to it and are not
    /// current. All start before the write, so each transaction's rows can keep their span's <c>traceparent</c>.
    /// </summary>
    public ApplySpans Start(IReadOnlyList<ApplyUnit> units, DateTimeOffset started)
    {
        if (!Source.HasListeners())
        {
            return ApplySpans.None;
        }

        var traced = new List<(ApplyUnit Unit, ActivityContext Parent)>();
        foreach (var unit in units)
        {
            if (traced.Count < MaxSpansPerBatch && ParentOf(unit) is { } parent)
            {
                traced.Add((unit, parent));
            }
        }

        if (traced.Count == 0)
        {
            return ApplySpans.None;
        }

        var lead = StartApply(traced[0].Unit, traced[0].Parent, started, []);
        ActivityLink[] together = lead is null ? [] : [new ActivityLink(lead.Context)];
        var spans = new List<(ApplyUnit, Activity?)>(traced.Count) { (traced[0].Unit, lead) };
        foreach (var (unit, parent) in traced.Skip(1))
        {
            var current = Activity.Current;
            spans.Add((unit, StartApply(unit, parent, started, together)));
            // Starting a span makes it current; the lead stays the one the replica statements nest under.
            Activity.Current = current;
        }

        return new ApplySpans(spans);
    }

    internal Activity? StartApply(ApplyUnit unit, ActivityContext parent, DateTimeOffset started, IEnumerable<ActivityLink> links)
    {
        var activity = Source.StartActivity(ApplySpanName, ActivityKind.Consumer, parent, links: links, startTime: started);
        activity?.SetTag("messaging.system", "kafka")
            .SetTag("messaging.operation.type", "process")
            .SetTag("messaging.destination.name", ChangeTopics.ProductUpdates)
            .SetTag("messaging.consumer.group.name", region.Value.ConsumerGroup)
            .SetTag("messaging.destination.partition.id", unit.Partition.ToString(CultureInfo.InvariantCulture))
            .SetTag("messaging.kafka.offset", unit.Events[0].Offset)
            .SetTag("messaging.batch.message_count", unit.Events.Count)
            .SetTag("xdt.transaction.id", unit.TransactionId)
            .SetTag(XdtSpanTags.Region, region.Value.Region);
        return activity;
    }

    /// <summary>Row count and outcome, known once the replica transaction committed.</summary>
    internal static void Finish(Activity activity, ApplyUnit unit, IReadOnlySet<ConsumedEvent> excluded)
    {
        var rows = unit.Events.Count(e => e.Change is RowChange && !excluded.Contains(e));
        activity.SetTag(RowsTag, rows);
        if (unit.Events.Any(excluded.Contains))
        {
            activity.SetStatus(ActivityStatusCode.Error, "dead-lettered: not applied in this region");
        }
    }

    private static ActivityContext? ParentOf(ApplyUnit unit)
    {
        var first = unit.Events[0];
        return ChangeTrace.TryParse(first.Header(ChangeTopics.TraceParentHeader), first.Header(ChangeTopics.TraceStateHeader), out var context)
            ? context
            : null;
    }
}
