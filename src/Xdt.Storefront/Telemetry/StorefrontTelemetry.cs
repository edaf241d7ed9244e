using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Xdt.Storefront.Telemetry;

/// <summary>The storefront's own traces and metrics; the service defaults export every <c>Xdt.*</c> source and meter.</summary>
public static class StorefrontTelemetry
{
    public const string Name = "Xdt.Storefront";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> PageRenders =
        Meter.CreateCounter<long>("xdt.storefront.page_renders", unit: "{page}", description: "HTML pages rendered, by page and status.");

    private static readonly Histogram<double> DbDuration =
        Meter.CreateHistogram<double>("xdt.storefront.db.duration", unit: "ms", description: "Replica query duration.");

    public static void RecordQuery(string query, TimeSpan elapsed) =>
        DbDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("query", query));

    public static void RecordPage(string page, int status) =>
        PageRenders.Add(1, new KeyValuePair<string, object?>("page", page), new KeyValuePair<string, object?>("status", status));
}
