using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Xdt.Geography;
using Xdt.Storefront.Data;
using Xdt.Storefront.Hosting;
using Xdt.Storefront.Rendering;
using Xdt.Storefront.Requests;
using Xdt.Storefront.Telemetry;

namespace Xdt.Storefront.Pages;

/// <summary>Turns a view into an HTML response, timing the render for Server-Timing and counting it.</summary>
public sealed class PageRenderer(IOptions<StorefrontOptions> options)
{
    private readonly Region _region = Regions.Get(options.Value.Region);

    public ContentHttpResult Render(HttpContext http, string page, int status, Func<PageContext, string> view)
    {
        var request = StorefrontRequest.Of(http);
        var started = Stopwatch.GetTimestamp();
        var html = view(new PageContext(_region, request.Freshness.Snapshot));
        request.AddRender(started);
        StorefrontTelemetry.RecordPage(page, status);
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    public ContentHttpResult StoreNotFound(HttpContext http) =>
        Render(http, "not-found", StatusCodes.Status404NotFound, context => NoticeView.Render(context, 404,
            "Store not found", "There is no shop at this address. It may have moved, or the link may be mistyped."));

    public ContentHttpResult ProductNotFound(HttpContext http, StoreSummary store, StoreLinks links) =>
        Render(http, "not-found", StatusCodes.Status404NotFound, context => NoticeView.Render(context, 404,
            "Product not found", $"{store.Name} does not sell this item (any more).", links.Home, "Browse " + store.Name));

    public ContentHttpResult NoStoreHere(HttpContext http) =>
        Render(http, "not-found", StatusCodes.Status404NotFound, context => NoticeView.Render(context, 404,
            "No store here", "Open a store by its address, e.g. /s/demo, or by its own domain."));

    public ContentHttpResult PageNotFound(HttpContext http) =>
        Render(http, "not-found", StatusCodes.Status404NotFound, context => NoticeView.Render(context, 404,
            "Page not found", "We could not find that page.", "/", "Home"));

    public ContentHttpResult Unavailable(HttpContext http) =>
        Render(http, "unavailable", StatusCodes.Status503ServiceUnavailable, context => NoticeView.Render(context, 503,
            "This region is catching up", $"The {_region.DisplayName} copy of the catalog is unavailable or still catching up. Please try again in a few seconds."));

    public ContentHttpResult Failed(HttpContext http) =>
        Render(http, "error", StatusCodes.Status500InternalServerError, context => NoticeView.Render(context, 500,
            "Something went wrong", "Sorry, this page could not be shown. Please try again.", "/", "Home"));
}
