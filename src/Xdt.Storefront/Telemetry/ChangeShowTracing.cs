using System.Diagnostics;
using Microsoft.Extensions.Options;
using Xdt.Catalog.Changes;
using Xdt.Storefront.Data;
using Xdt.Storefront.Hosting;

namespace Xdt.Storefront.Telemetry;

/// <summary>
/// Ends a seller's trace where a shopper first sees the change: when a product page shows a row version this instance has
/// not shown before (<see cref="ShownChanges"/>), a <c>storefront show-change</c> span is recorded as a child of the
/// region's apply span that wrote the version (its <c>traceparent</c> is kept on the replica's row), with a link to the
/// shopper's request. The request stays a trace of its own: a shopper's page is not part of a seller's change, and only
/// its first showing is. Later reads of the same version, untraced versions and rebuilt rows record nothing.
/// </summary>
public sealed class ChangeShowTracing(IOptions<StorefrontOptions> options)
{
    public const string SpanName = "storefront show-change";

    private readonly ShownChanges _shown = new();

    /// <summary>Called once the page shows <paramref name="page"/>'s product.</summary>
    public void Shown(ProductPage page)
    {
        if (page is not { Product: { } product, ChangeTraceParent: { } traceParent }
            || !StorefrontTelemetry.Source.HasListeners()
            || !ChangeTrace.TryParse(traceParent, out var apply)
            || !_shown.IsFirstShow(page.Store.Slug, product.Sku, traceParent))
        {
            return;
        }

        // The shopper's request span, when it is recorded: the way from the change to the read that showed it.
        ActivityLink[] request = Activity.Current is { Recorded: true } current ? [new ActivityLink(current.Context)] : [];
        using var activity = StorefrontTelemetry.Source.StartActivity(SpanName, ActivityKind.Internal, apply, links: request);
        activity?.SetTag(XdtSpanTags.Region, options.Value.Region)
            .SetTag(XdtSpanTags.Instance, options.Value.InstanceName)
            .SetTag(XdtSpanTags.Store, page.Store.Slug)
            .SetTag(XdtSpanTags.Sku, product.Sku);
    }
}
