namespace Xdt.Catalog.Changes;

/// <summary>Kafka topics of the change stream.</summary>
public static class ChangeTopics
{
    /// <summary>Every committed catalog change, all stores, all tables (compacted by key in real Kafka).</summary>
    public const string ProductUpdates = "product_updates_global";

    /// <summary>Events a region could not apply, with the reason in the <c>xdt-dlq-reason</c> header.</summary>
    public const string DeadLetter = "product_updates_global.dlq";

    /// <summary>Partition count the topic is created with. Changes of one store always land on one partition.</summary>
    public const int DefaultPartitionCount = 6;

    /// <summary>Header that carries why an event went to the dead-letter topic.</summary>
    public const string DeadLetterReasonHeader = "xdt-dlq-reason";

    /// <summary>Header that names the region whose replicator dead-lettered the event.</summary>
    public const string DeadLetterRegionHeader = "xdt-dlq-region";

    /// <summary>
    /// W3C trace context of the capture's publish span, on every event of a traced transaction (the header name W3C
    /// gives it in HTTP, as OpenTelemetry's Kafka conventions use it): each region's apply continues that trace.
    /// </summary>
    public const string TraceParentHeader = "traceparent";

    /// <summary>The W3C <c>tracestate</c> that goes with <see cref="TraceParentHeader"/>, when there is one.</summary>
    public const string TraceStateHeader = "tracestate";
}
