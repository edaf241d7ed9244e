using System.Globalization;
using Xdt.EdgeRouter.Location;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>Stamps every response with where and why it was served, and the edge's own share of the time.</summary>
public static class ProvenanceHeaders
{
    public static void Register(HttpContext context, EdgeRequestState state)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[XdtHeaders.ClientLocation] = state.Location.Name;
            if (state.Region is not null)
            {
                headers[XdtHeaders.Region] = state.Region;
                headers[XdtHeaders.Route] = state.Route;
            }

            // Append to the storefront's own entries (db, render) so the browser shows the whole breakdown.
            var edge = string.Create(CultureInfo.InvariantCulture, $"edge;dur={state.EdgeMilliseconds:0.###}");
            if (state.Simulated > TimeSpan.Zero)
            {
                edge += string.Create(CultureInfo.InvariantCulture, $", net;desc=\"simulated distance\";dur={state.Simulated.TotalMilliseconds:0.#}");
            }

            var upstream = headers[XdtHeaders.ServerTiming];
            headers[XdtHeaders.ServerTiming] = upstream.Count > 0 ? $"{upstream}, {edge}" : edge;

            if (state.Sticky && state.Answered && state.Region is not null && context.Request.Cookies[XdtCookies.EdgeRegion] != state.Region)
            {
                context.Response.Cookies.Append(XdtCookies.EdgeRegion, state.Region, new CookieOptions
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
