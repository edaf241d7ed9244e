using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;
using Xdt.Storefront.Freshness;
using Xdt.Storefront.Pages;
using Xdt.Storefront.Requests;
using Xdt.HttpContract;

namespace Xdt.Storefront.Errors;

/// <summary>
/// Failures as shoppers should see them: a replica that cannot answer is a 503 "this region is catching up" page
/// (the edge router then prefers another region), anything else a plain 500 page; unknown paths get the 404 page.
/// Machine endpoints under <c>/_xdt/</c> get problem details instead of HTML. No stack trace ever leaves.
/// </summary>
public static class ErrorPages
{
    private const string MachinePrefix = XdtPaths.Root;

    public static IApplicationBuilder UseStorefrontErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
        app.UseStatusCodePages(context => HandleStatusAsync(context.HttpContext));
        return app;
    }

    public static bool IsDatabaseUnavailable(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException or SocketException or TimeoutException => true,
        _ => IsDatabaseUnavailable(exception.InnerException),
    };

    private static async Task HandleExceptionAsync(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var unavailable = IsDatabaseUnavailable(error);
        EnsureRequestFeature(http);
        if (unavailable)
        {
            http.Response.Headers.RetryAfter = "5";
        }

        http.Response.Headers.CacheControl = "no-store";
        if (http.Request.Path.StartsWithSegments(MachinePrefix))
        {
            var status = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            await TypedResults.Problem(statusCode: status, title: unavailable ? "Replica unavailable" : "Internal error").ExecuteAsync(http);
            return;
        }

        var renderer = http.RequestServices.GetRequiredService<PageRenderer>();
        await (unavailable ? renderer.Unavailable(http) : renderer.Failed(http)).ExecuteAsync(http);
    }

    private static async Task HandleStatusAsync(HttpContext http)
    {
        if (http.Response.StatusCode == StatusCodes.Status404NotFound && !http.Request.Path.StartsWithSegments(MachinePrefix))
        {
            EnsureRequestFeature(http);
            await http.RequestServices.GetRequiredService<PageRenderer>().PageNotFound(http).ExecuteAsync(http);
            return;
        }

        await TypedResults.Problem(statusCode: http.Response.StatusCode).ExecuteAsync(http);
    }

    private static void EnsureRequestFeature(HttpContext http)
    {
        if (http.Features.Get<StorefrontRequest>() is null)
        {
            http.Features.Set(new StorefrontRequest(new FreshnessReading(FreshnessSnapshot.Empty, ReplicaReachable: false, 0)));
        }
    }
}
