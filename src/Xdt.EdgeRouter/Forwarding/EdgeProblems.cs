using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using Xdt.EdgeRouter.Limits;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>The edge's own error answers: problem details for machines, a small page for browsers.</summary>
public static class EdgeProblems
{
    public static Task RateLimitedAsync(HttpContext context, RateLimitVerdict verdict)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(verdict.RetryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var detail = verdict.Limiter == RateLimitVerdict.Client
            ? "This address is sending more requests than the edge accepts from one client."
            : "The region nearest to you is receiving more requests than it accepts right now.";
        return WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", detail, $"Please try again in {seconds} s.");
    }

    public static Task NoRegionAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "No region available",
            "No storefront region is configured or reachable from the edge.", "Please try again shortly.");

    public static Task UpstreamFailedAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status502BadGateway, "Region unreachable",
            "Every region the edge tried failed to answer.", "Please try again shortly.");

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail, string advice)
    {
        context.Response.StatusCode = status;
        if (WantsHtml(context.Request))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{status} {WebUtility.HtmlEncode(title)}</title></head>" +
                $"<body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\"><h1>{WebUtility.HtmlEncode(title)}</h1>" +
                $"<p>{WebUtility.HtmlEncode(detail)}</p><p>{WebUtility.HtmlEncode(advice)}</p></body></html>");
            return;
        }

        await Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail }).ExecuteAsync(context);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
