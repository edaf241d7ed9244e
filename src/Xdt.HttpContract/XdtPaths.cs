namespace Xdt.HttpContract;

/// <summary>
/// Operational endpoints that one service, the app host, a test or a benchmark calls on another. They live under
/// <c>/_xdt/</c> so no storefront page or admin route can ever shadow them.
/// </summary>
public static class XdtPaths
{
    /// <summary>The root of every operational endpoint.</summary>
    public const string Root = "/_xdt";

    /// <summary>The storefront's generated product tiles: <c>/_xdt/img/{name}.svg</c>.</summary>
    public const string Images = Root + "/img/";

    /// <summary>A storefront's freshness reading (JSON); the edge polls it for read-your-writes and lag.</summary>
    public const string Freshness = Root + "/freshness";

    /// <summary>The edge's status as JSON.</summary>
    public const string Status = Root + "/status";

    /// <summary>The edge's status page for operators.</summary>
    public const string StatusPage = Root + "/status.html";

    /// <summary>
    /// The edge's autoscaler per region as JSON: desired, live and declared storefront instances. The app host reads
    /// it to start and stop instances.
    /// </summary>
    public const string Autoscaling = Root + "/autoscaling";

    /// <summary>The operator console's parts (tables, map, charts, assets), which the console page polls.</summary>
    public const string Console = Root + "/console";

    /// <summary>A replicator's applied positions, dead letters and rebuild state (JSON).</summary>
    public const string Replication = Root + "/replication";

    /// <summary>The capture's status (JSON).</summary>
    public const string Capture = Root + "/capture";

    /// <summary>Control endpoints of the edge and the replicators; they require <see cref="XdtHeaders.ControlKey"/>.</summary>
    public const string Control = Root + "/control";

    /// <summary>
    /// A replicator's link to Kafka: <c>POST</c> cuts the region off (it keeps serving, stale), <c>DELETE</c> reconnects it.
    /// </summary>
    public const string KafkaLink = Control + "/partition";

    /// <summary>The broker host's status and control endpoints.</summary>
    public const string Kafka = Root + "/kafka";
}
