using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Xdt.Catalog.Changes;
using Xdt.Storefront.Data;
using Xdt.Storefront.Hosting;
using Xdt.Storefront.Telemetry;
using Microsoft.Extensions.Hosting;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ChangeShowTracingTests : IDisposable
{
    private static readonly StoreSummary Store = new("demo", "Demo", "EUR", null);

    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;
    private readonly ChangeShowTracing _tracing = new(Options.Create(new StorefrontOptions { Region = "ohio", Instance = "storefront-ohio-2" }));
    private readonly ActivitySource _requests = new("Xdt.Tests.ShopperRequest");

    public ChangeShowTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is StorefrontTelemetry.Name or "Xdt.Tests.ShopperRequest",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public void Shown_FirstReadOfAVersion_IsAChildOfTheApplyLinkedToTheShoppersRequest()
    {
        var apply = Apply();
        var sku = Sku();

        using (var request = _requests.StartActivity("GET /s/{slug}/p/{sku}", ActivityKind.Server))
        {
            _tracing.Shown(Page(sku, ChangeTrace.Format(apply)));
            Assert.Same(request, Activity.Current);
        }

        var show = Assert.Single(ShowSpans(sku));
        var shopper = Assert.Single(_stopped, s => s.OperationName == "GET /s/{slug}/p/{sku}" && s.TraceId != apply.TraceId);
        Assert.Equal(apply.TraceId, show.TraceId);
        Assert.Equal(apply.SpanId, show.ParentSpanId);
        Assert.Equal(shopper.SpanId, Assert.Single(show.Links).Context.SpanId);
        Assert.Equal("ohio", show.GetTagItem(XdtSpanTags.Region));
        Assert.Equal("storefront-ohio-2", show.GetTagItem(XdtSpanTags.Instance));
        Assert.Equal("demo", show.GetTagItem(XdtSpanTags.Store));
        Assert.Equal(sku, show.GetTagItem(XdtSpanTags.Sku));
    }

    [Fact]
    public void Shown_SameVersionTwice_RecordsOneSpan_NewVersionAnother()
    {
        var sku = Sku();
        var first = ChangeTrace.Format(Apply());
        var second = ChangeTrace.Format(Apply());

        _tracing.Shown(Page(sku, first));
        _tracing.Shown(Page(sku, first));
        _tracing.Shown(Page(sku, second));

        Assert.Equal(2, ShowSpans(sku).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-trace")]
    public void Shown_UntracedOrRebuiltRow_RecordsNothing(string? traceParent)
    {
        var sku = Sku();

        _tracing.Shown(Page(sku, traceParent));

        Assert.Empty(ShowSpans(sku));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _requests.Dispose();
    }

    private IEnumerable<Activity> ShowSpans(string sku) =>
        _stopped.Where(s => s.OperationName == ChangeShowTracing.SpanName && Equals(s.GetTagItem(XdtSpanTags.Sku), sku));

    // Each test its own SKU: the listener hears every test's spans.
    private static string Sku() => "SKU-" + Guid.NewGuid().ToString("N");

    private static ActivityContext Apply() =>
        new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded, isRemote: true);

    private static ProductPage Page(string sku, string? traceParent) =>
        new(Store, new ProductSummary(sku, "Thing", "", 12.5m, 3, null), traceParent);
}
