using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.EdgeRouter.Routing;
using Xdt.EdgeRouter.Status;
using Known = Xdt.Geography.Regions;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// The operator's console at <c>GET /_xdt/status.html</c>: a map of the regions, charts from Prometheus, the firing
/// alerts, the status tables and the control API's actions as buttons. Its parts under <c>/_xdt/console/</c> need no key;
/// the actions go to the key-protected control API from the browser.
/// </summary>
public static class ConsoleApi
{
    public static IEndpointRouteBuilder MapConsoleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(XdtPaths.StatusPage, GetPage);
        var group = app.MapGroup(XdtPaths.Console);
        group.MapGet("/tables", GetTables);
        group.MapGet("/map", GetMap);
        group.MapGet("/charts/{chart}", GetChart);
        group.MapGet("/assets/{file}", GetAsset);
        return app;
    }

    public static ContentHttpResult GetPage(StatusBuilder builder) =>
        TypedResults.Text(ConsoleAssets.Page(StatusHtml.Render(builder.Build())), "text/html; charset=utf-8");

    /// <summary>The status tables alone, which the page fetches to refresh its own copy.</summary>
    public static ContentHttpResult GetTables(StatusBuilder builder) =>
        TypedResults.Text(StatusHtml.Render(builder.Build()), "text/html; charset=utf-8");

    /// <summary>All nine regions, the ones this edge does not run marked inactive, so the map is the same in every world.</summary>
    public static Ok<MapLayout> GetMap(EdgeTopology topology) =>
        TypedResults.Ok(MapLayout.Build(Known.All, topology.Regions.Select(r => r.Name).ToHashSet(StringComparer.Ordinal), MapProjection.World));

    public static async Task<Results<Ok<ChartView>, ProblemHttpResult>> GetChart(string chart, ChartReader reader, CancellationToken cancellationToken) =>
        ConsoleCharts.Find(chart) is { } known
            ? TypedResults.Ok(await reader.ReadAsync(known, cancellationToken))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown chart",
                detail: $"Charts: {string.Join(", ", ConsoleCharts.All.Select(c => c.Name))}.");

    public static Results<ContentHttpResult, NotFound> GetAsset(string file) =>
        ConsoleAssets.TryGet(file, out var text, out var contentType) ? TypedResults.Text(text, contentType) : TypedResults.NotFound();
}
