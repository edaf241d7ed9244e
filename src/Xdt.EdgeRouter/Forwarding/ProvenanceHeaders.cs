using System.Globalization;
using Xdt.EdgeRouter.Location;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>Stamps every response with where and why it was served, and the edge's own share of the time.</summary>
public static class ProvenanceHeaders
{
    public const string Region = "X-Xdt-Region";
    public const string Route = "X-Xdt-Route";
    public const string ServerTiming = "Server-Timing";

    public static void Register(HttpContext context, EdgeRequestState state)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[LocationOptions.HeaderName] = state.Location.Name;
            if (state.Region is not null)
            {
                headers[Region] = state.Region;
                headers[Route] = state.Route;
            }

            // Append to the storefront's own entries (db, render) so the browser shows the whole breakdown.
            var edge = string.Create(CultureInfo.InvariantCulture, $"edge;dur={state.EdgeMilliseconds:0.###}");
            if (state.Simulated > TimeSpan.Zero)
            {
                edge += string.Create(CultureInfo.InvariantCulture, $", net;desc=\"simulated distance\";dur={state.Simulated.TotalMilliseconds:0.#}");
            }

            var upstream = headers[ServerTiming];
            headers[ServerTiming] = upstream.Count > 0 ? $"{upstream}, {edge}" : edge;

            if (state.Sticky && state.Answered && state.Region is not null && context.Request.Cookies[ForwardingOptions.StickyCookie] != state.Region)
            {
                context.Response.Cookies.Append(ForwardingOptions.StickyCookie, state.Region, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Path = "/",
                });
            }

            return Task.CompletedTask;
        });
    }
}
