using System.Diagnostics;
using Xdt.Catalog.Changes;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Telemetry;

/// <summary>
/// ActivitySource <c>Xdt.Replicator</c>: one span per applied batch, linked to the messages' trace contexts, and one
/// span per primary transaction that carried a <c>traceparent</c> header, continuing the trace that began at the
/// seller's write.
/// </summary>
public sealed class ReplicatorTracing
{
    public const string SourceName = "Xdt.Replicator";
    private const int MaxLinks = 32;

    private static readonly ActivitySource Source = new(SourceName);

    public Activity? StartBatch(IReadOnlyList<ApplyUnit> units, string consumerGroup)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var links = units.Select(ParentOf).OfType<ActivityContext>().Take(MaxLinks).Select(c => new ActivityLink(c));
        var activity = Source.StartActivity($"process {ChangeTopics.ProductUpdates}", ActivityKind.Consumer, default(ActivityContext), links: links);
        activity?.SetTag("messaging.system", "kafka")
            .SetTag("messaging.operation.type", "process")
            .SetTag("messaging.destination.name", ChangeTopics.ProductUpdates)
            .SetTag("messaging.consumer.group.name", consumerGroup)
            .SetTag("messaging.batch.message_count", units.Sum(u => u.Events.Count))
            .SetTag("xdt.transactions", units.Count);
        return activity;
    }

    /// <summary>Records, after the commit, a span per transaction that carried trace context.</summary>
    public void TransactionsApplied(IReadOnlyList<ApplyUnit> units, DateTimeOffset started, Activity? batch)
    {
        if (!Source.HasListeners())
        {
            return;
        }

        foreach (var unit in units)
        {
            if (ParentOf(unit) is not { } parent)
            {
                continue;
            }

            ActivityLink[] links = batch is null ? [] : [new ActivityLink(batch.Context)];
            using var activity = Source.StartActivity($"apply {ChangeTopics.ProductUpdates}", ActivityKind.Consumer, parent, links: links, startTime: started);
            activity?.SetTag("messaging.system", "kafka")
                .SetTag("messaging.operation.type", "process")
                .SetTag("messaging.destination.name", ChangeTopics.ProductUpdates)
                .SetTag("messaging.destination.partition.id", unit.Partition.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .SetTag("messaging.kafka.offset", unit.Events[0].Offset)
                .SetTag("messaging.batch.message_count", unit.Events.Count)
                .SetTag("xdt.transaction.id", unit.TransactionId);
        }
    }

    private static ActivityContext? ParentOf(ApplyUnit unit)
    {
        var traceparent = unit.Events[0].Header("traceparent");
        return traceparent is not null && ActivityContext.TryParse(traceparent, unit.Events[0].Header("tracestate"), out var context)
            ? context
            : null;
    }
}
