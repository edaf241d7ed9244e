using System.Diagnostics;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Hosting;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;
using Xdt.Replicator.Telemetry;
using Xdt.Tests.Infrastructure;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// The trace of a seller's change, read from the spans the services really export (OTLP to a receiver in the test):
/// one trace from the edge through the admin and the capture to the apply in every region; probes, polls and scrapes
/// leave no span.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(TracedWorldCollection.Name)]
public sealed class OneTracePerChangeTests(TracedWorld world)
{
    private static readonly TimeSpan SpanTimeout = TimeSpan.FromSeconds(60);
    private const string PublishSpanName = "publish " + ChangeTopics.ProductUpdates;

    [Fact]
    public async Task PriceChange_ThroughTheEdge_IsOneTraceFromTheRequestThroughThePublishToTheApplyInEveryRegion()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("trace");
        await seller.CreateProductAsync(slug, "TRACE-1", 10m);

        var bookmark = await seller.SetPriceAsync(slug, "TRACE-1", 12.5m);

        // The admin tags its write span with the bookmark it answered: that names the seller's trace.
        var write = await Eventually.HoldsAsync(
            () => Task.FromResult(world.Telemetry.Spans.FirstOrDefault(s => s.Service == "admin" && Equals(s.Attribute("xdt.bookmark"), bookmark))),
            s => s is not null, SpanTimeout, $"the admin's write span for {bookmark}", Received);
        var trace = await Eventually.HoldsAsync(
            () => Task.FromResult(world.Telemetry.Spans.Where(s => s.TraceId == write!.TraceId).ToList()),
            Complete, SpanTimeout, $"trace {write!.TraceId} to reach every region, whole", () => Describe(write.TraceId));

        var byId = trace.ToDictionary(s => s.SpanId);
        var root = Assert.Single(trace, s => s.ParentSpanId.Length == 0);
        Assert.Equal(("edge-router", ExportedSpanKind.Server), (root.Service, root.Kind));
        var adminRequest = Assert.Single(trace, s => s.Service == "admin" && s.Kind == ExportedSpanKind.Server);
        Assert.Equal("edge-router", byId[adminRequest.ParentSpanId].Service);
        Assert.Equal("admin update-product", write.Name);
        Assert.Contains(adminRequest, Ancestors(write, byId));

        // The capture continued the write's context, read from the WAL.
        var publish = Assert.Single(trace, s => s.Name == PublishSpanName);
        Assert.Equal(("capture", ExportedSpanKind.Producer), (publish.Service, publish.Kind));
        Assert.Equal(write.SpanId, publish.ParentSpanId);

        // Each region applied it as a child of the publish: the fan-out is nine (here two) children of one span.
        foreach (var region in world.Regions)
        {
            var apply = Assert.Single(trace, s => s.Service == $"replicator-{region.Name}" && s.Name == ReplicatorTracing.ApplySpanName);
            Assert.Equal(ExportedSpanKind.Consumer, apply.Kind);
            Assert.Equal(publish.SpanId, apply.ParentSpanId);
            Assert.Equal(region.Name, apply.Attribute(ReplicatorTracing.RegionTag));
            Assert.Equal(1L, apply.Attribute(ReplicatorTracing.RowsTag));
            Assert.IsType<string>(apply.Attribute("messaging.destination.partition.id"));
            Assert.IsType<long>(apply.Attribute("messaging.kafka.offset"));
            Assert.Equal(0, apply.StatusCode);
        }

        // Nothing but the write's path: no heartbeat, probe or other transaction joined this trace.
        Assert.All(trace, s => Assert.Contains(s.Service, (string[])["edge-router", "admin", "capture", .. world.Regions.Select(r => $"replicator-{r.Name}")]));
        Assert.Single(trace, s => s.Name == PublishSpanName);
    }

    [Fact]
    public async Task ProbesPollsAndScrapes_OnEveryService_LeaveNoSpan()
    {
        var probed = ActivityTraceId.CreateRandom();
        var marker = ActivityTraceId.CreateRandom();
        var services = Services();
        foreach (var (service, ordinaryPath) in services)
        {
            using var client = Client(service);
            // Operational requests are not traced even when they carry a sampled trace context of their own ...
            foreach (var path in (string[])[Extensions.HealthEndpointPath, Extensions.AlivenessEndpointPath, Extensions.MetricsEndpointPath, XdtPaths.Freshness])
            {
                using var request = Traced(path, probed);
                using var _ = await client.SendAsync(request);
            }

            // ... while an ordinary request after them is.
            using var ordinary = Traced(ordinaryPath, marker);
            using var __ = await client.SendAsync(ordinary);
        }

        // Each process exports its spans in the order they ended: once its ordinary request's span is here, a span of
        // a probe it answered before would be here too.
        await Eventually.UntilAsync(
            () => Task.FromResult(services.All(s => world.Telemetry.Spans.Any(span => span.TraceId == marker.ToHexString() && span.Service == s.Service))),
            SpanTimeout, "the ordinary request's span from every service", Received);

        Assert.DoesNotContain(world.Telemetry.Spans, s => s.TraceId == probed.ToHexString());
        // Since the world started the edge has probed every storefront's /health and polled its /_xdt/freshness five
        // times a second, the app host has checked every /health and Prometheus scraped every /metrics: none of it, on
        // either side, became a span.
        Assert.DoesNotContain(world.Telemetry.Spans, IsOperational);
    }

    /// <summary>Every kind of service of the world, each with a path that is not operational.</summary>
    private (string Service, string OrdinaryPath)[] Services() =>
    [
        ("admin", "/admin/api/stores"),
        ("capture", "/_xdt/capture/"),
        ("edge-router", "/s/demo"),
        .. world.Regions.SelectMany(r => ((string, string)[])[($"storefront-{r.Name}", "/s/demo"), ($"replicator-{r.Name}", XdtPaths.Replication)]),
    ];

    /// <summary>Every region's apply has arrived, and every span's parent (all but the root's).</summary>
    private bool Complete(IReadOnlyList<ExportedSpan> trace) =>
        trace.Any(s => s.ParentSpanId.Length == 0)
        && trace.All(s => s.ParentSpanId.Length == 0 || trace.Any(p => p.SpanId == s.ParentSpanId))
        && world.Regions.All(r => trace.Any(s => s.Service == $"replicator-{r.Name}" && s.Name == ReplicatorTracing.ApplySpanName));

    private static IEnumerable<ExportedSpan> Ancestors(ExportedSpan span, IReadOnlyDictionary<string, ExportedSpan> byId)
    {
        while (span.ParentSpanId.Length > 0 && byId.TryGetValue(span.ParentSpanId, out var parent))
        {
            yield return parent;
            span = parent;
        }
    }

    private static bool IsOperational(ExportedSpan span) =>
        (span.Attribute("url.path") is string path && OperationalTraffic.IsOperational(path))
        || (span.Attribute("http.route") is string route && OperationalTraffic.IsOperational(route))
        || (span.Attribute("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && OperationalTraffic.IsOperational(uri.AbsolutePath));

    private static HttpRequestMessage Traced(string path, ActivityTraceId trace)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ChangeTopics.TraceParentHeader,
            ChangeTrace.Format(new ActivityContext(trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded)));
        return request;
    }

    private HttpClient Client(string resource) =>
        new() { BaseAddress = world.App.GetEndpoint(resource, "http"), Timeout = TimeSpan.FromSeconds(10) };

    private string Received() => $"{world.Telemetry.Spans.Count} spans received; the last ones:\n" +
        string.Join('\n', world.Telemetry.Spans.TakeLast(20));

    private string Describe(string traceId) => string.Join('\n', world.Telemetry.Spans.Where(s => s.TraceId == traceId));
}
