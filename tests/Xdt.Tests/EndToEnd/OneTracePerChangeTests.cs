using System.Diagnostics;
using System.Net;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Hosting;
using Xdt.Catalog.Changes;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Replicator.Telemetry;
using Xdt.Storefront.Telemetry;
using Xdt.Tests.Infrastructure;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// The trace of a seller's change, read from the spans the services really export (OTLP to a receiver in the test):
/// one trace from the edge through the admin and the capture to the apply in every region and the first storefront read
/// that shows it there; probes, polls and scrapes leave no span.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(TracedWorldCollection.Name)]
public sealed class OneTracePerChangeTests(TracedWorld world)
{
    private static readonly TimeSpan SpanTimeout = TimeSpan.FromSeconds(60);
    private const string PublishSpanName = "publish " + ChangeTopics.ProductUpdates;

    [Fact]
    public async Task PriceChange_ThroughTheEdge_IsOneTraceFromTheRequestThroughThePublishToTheApplyAndTheFirstReadInEveryRegion()
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
        await Eventually.HoldsAsync(
            () => Task.FromResult(world.Telemetry.Spans.Where(s => s.TraceId == write!.TraceId).ToList()),
            Complete, SpanTimeout, $"trace {write!.TraceId} to reach every region, whole", () => Describe(write.TraceId));

        // Every region has applied it (an apply span ends after its commit): a shopper in each region reads the product
        // twice through the edge, each read a trace of its own.
        var reads = new Dictionary<string, (string First, string Again)>();
        foreach (var region in world.Regions)
        {
            using var shopper = SourceBoundClient.Create(world.EdgeUrl, ClientCities.Of(region).ClientAddress());
            reads[region.Name] = (await ReadProductAsync(shopper, slug, "TRACE-1", region), await ReadProductAsync(shopper, slug, "TRACE-1", region));
        }

        // Each storefront exports its spans in the order they ended: once the second read's request span is here, a
        // show-change span that read recorded (it ends inside the request) would be here too.
        await Eventually.UntilAsync(
            () => Task.FromResult(world.Regions.All(r => world.Telemetry.Spans.Any(s =>
                s.TraceId == reads[r.Name].Again && s.Service == $"storefront-{r.Name}" && s.Kind == ExportedSpanKind.Server))),
            SpanTimeout, "every region's second read's span from its storefront", Received);
        var trace = await Eventually.HoldsAsync(
            () => Task.FromResult(world.Telemetry.Spans.Where(s => s.TraceId == write.TraceId).ToList()),
            t => Complete(t) && world.Regions.All(r => t.Any(s => s.Service == $"storefront-{r.Name}")),
            SpanTimeout, $"trace {write.TraceId} to reach a storefront in every region", () => Describe(write.TraceId));

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
            Assert.Equal(region.Name, apply.Attribute(XdtSpanTags.Region));
            Assert.Equal(1L, apply.Attribute(ReplicatorTracing.RowsTag));
            Assert.IsType<string>(apply.Attribute("messaging.destination.partition.id"));
            Assert.IsType<long>(apply.Attribute("messaging.kafka.offset"));
            Assert.Equal(0, apply.StatusCode);

            // The first read that showed it there is a child of that region's apply, linked to the shopper's request;
            // the second read of the same version added nothing.
            var show = Assert.Single(trace, s => s.Service == $"storefront-{region.Name}");
            Assert.Equal((ChangeShowTracing.SpanName, ExportedSpanKind.Internal), (show.Name, show.Kind));
            Assert.Equal(apply.SpanId, show.ParentSpanId);
            Assert.Equal(region.Name, show.Attribute(XdtSpanTags.Region));
            Assert.Equal(slug, show.Attribute(XdtSpanTags.Store));
            Assert.Equal("TRACE-1", show.Attribute(XdtSpanTags.Sku));
            var link = Assert.Single(show.Links);
            Assert.Equal(reads[region.Name].First, link.TraceId);
            var request = Assert.Single(world.Telemetry.Spans, s => s.SpanId == link.SpanId);
            Assert.Equal(($"storefront-{region.Name}", ExportedSpanKind.Server), (request.Service, request.Kind));
        }

        // Nothing but the write's path: no heartbeat, probe or other transaction joined this trace.
        Assert.All(trace, s => Assert.Contains(s.Service, (string[])
            ["edge-router", "admin", "capture", .. world.Regions.SelectMany(r => (string[])[$"replicator-{r.Name}", $"storefront-{r.Name}"])]));
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

    /// <summary>Reads a product page as a shopper in <paramref name="region"/>, in a trace of its own; returns its trace id.</summary>
    private static async Task<string> ReadProductAsync(HttpClient shopper, string slug, string sku, Region region)
    {
        var trace = ActivityTraceId.CreateRandom();
        using var request = Traced($"/s/{slug}/p/{sku}", trace);
        using var response = await shopper.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(region.Name, response.Headers.GetValues(XdtHeaders.Region).Single());
        return trace.ToHexString();
    }

    /// <summary>Every kind of service of the world, each with a path that is not operational.</summary>
    private (string Service, string OrdinaryPath)[] Services() =>
    [
        ("admin", "/admin/api/stores"),
        ("capture", XdtPaths.Capture + "/"),
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
