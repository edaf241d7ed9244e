using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.Storefront.Data;
using Xdt.Storefront.Rendering;
using Xdt.Storefront.Requests;
using Xdt.Storefront.Telemetry;

namespace Xdt.Storefront.Pages;

/// <summary>The shopper's pages, by slug (<c>/s/{slug}</c>) or by custom domain (<c>/</c> with the store's Host).</summary>
public static class PagesApi
{
    public static IEndpointRouteBuilder MapPagesApi(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).WithTags("Pages");
        pages.MapGet("/s/{slug}", StoreBySlug);
        pages.MapGet("/s/{slug}/p/{sku}", ProductBySlug);
        pages.MapGet("/", StoreByDomain);
        pages.MapGet("/p/{sku}", ProductByDomain);
        return app;
    }

    // Slugs are lower-case by rule, so /s/Demo is the demo store too.
    public static Task<ContentHttpResult> StoreBySlug(string slug, HttpContext http, CatalogReader catalog, PageRenderer renderer) =>
        StoreHomeAsync(StoreKey.Slug(slug.ToLowerInvariant()), StoreLinks.ForSlug(slug.ToLowerInvariant()), http, catalog, renderer);

    public static Task<ContentHttpResult> ProductBySlug(
        string slug, string sku, HttpContext http, CatalogReader catalog, PageRenderer renderer, ChangeShowTracing changes) =>
        ProductAsync(StoreKey.Slug(slug.ToLowerInvariant()), sku, StoreLinks.ForSlug(slug.ToLowerInvariant()), http, catalog, renderer, changes);

    public static Task<ContentHttpResult> StoreByDomain(HttpContext http, CatalogReader catalog, PageRenderer renderer) =>
        HostRules.CustomDomain(http.Request) is { } domain
            ? StoreHomeAsync(StoreKey.Domain(domain), StoreLinks.ForDomain, http, catalog, renderer)
            : Task.FromResult(renderer.NoStoreHere(http));

    public static Task<ContentHttpResult> ProductByDomain(string sku, HttpContext http, CatalogReader catalog, PageRenderer renderer, ChangeShowTracing changes) =>
        HostRules.CustomDomain(http.Request) is { } domain
            ? ProductAsync(StoreKey.Domain(domain), sku, StoreLinks.ForDomain, http, catalog, renderer, changes)
            : Task.FromResult(renderer.NoStoreHere(http));

    private static async Task<ContentHttpResult> StoreHomeAsync(
        StoreKey key, StoreLinks links, HttpContext http, CatalogReader catalog, PageRenderer renderer)
    {
        var request = StorefrontRequest.Of(http);
        var started = Stopwatch.GetTimestamp();
        var home = await catalog.GetStoreHomeAsync(key, http.RequestAborted);
        request.AddDb(started);
        return home is null
            ? renderer.StoreNotFound(http)
            : renderer.Render(http, "home", StatusCodes.Status200OK, context => StoreHomeView.Render(context, home, links));
    }

    private static async Task<ContentHttpResult> ProductAsync(
        StoreKey key, string sku, StoreLinks links, HttpContext http, CatalogReader catalog, PageRenderer renderer, ChangeShowTracing changes)
    {
        var request = StorefrontRequest.Of(http);
        var started = Stopwatch.GetTimestamp();
        var page = await catalog.GetProductPageAsync(key, sku, http.RequestAborted);
        request.AddDb(started);
        if (page is null)
        {
            return renderer.StoreNotFound(http);
        }

        if (page.Product is not { } product)
        {
            return renderer.ProductNotFound(http, page.Store, links);
        }

        var shown = renderer.Render(http, "product", StatusCodes.Status200OK, context => ProductDetailView.Render(context, page.Store, product, links));
        changes.Shown(page);
        return shown;
    }
}
