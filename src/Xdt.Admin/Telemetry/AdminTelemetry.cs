using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Xdt.Admin.Telemetry;

/// <summary>The admin's own traces and metrics; the service defaults export every <c>Xdt.*</c> source and meter.</summary>
public static class AdminTelemetry
{
    public const string Name = "Xdt.Admin";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Writes =
        Meter.CreateCounter<long>("xdt.admin.writes", unit: "{write}", description: "Catalog writes committed to the primary.");

    public static Activity? StartWrite(string operation, string slug)
    {
        var activity = Source.StartActivity("admin " + operation);
        activity?.SetTag("xdt.operation", operation);
        activity?.SetTag(XdtSpanTags.Store, slug);
        return activity;
    }

    public static void RecordWrite(string operation, string bookmark)
    {
        Activity.Current?.SetTag("xdt.bookmark", bookmark);
        Writes.Add(1, new KeyValuePair<string, object?>("operation", operation));
    }
}
