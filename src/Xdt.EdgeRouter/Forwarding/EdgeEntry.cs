using Xdt.EdgeRouter.Diagnostics;
using Xdt.EdgeRouter.Location;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>
/// The first step of every forwarded request: locate the shopper, promise the provenance headers, and time the first
/// byte of whatever the upstream answers.
/// </summary>
public sealed class EdgeEntry(ClientLocator locator, EdgeMetrics metrics, TimeProvider time)
{
    public const string StorefrontHandler = "storefront";
    public const string AdminHandler = "admin";

    /// <param name="handler">Which kind of upstream takes the request (<see cref="StorefrontHandler"/>, <see cref="AdminHandler"/>).</param>
    public EdgeRequestState Begin(HttpContext context, string handler)
    {
        var location = locator.Locate(context.Connection.RemoteIpAddress, context.Request.Headers[XdtHeaders.ClientLocation]);
        var state = new EdgeRequestState(location, time);
        context.Features.Set(state);
        ProvenanceHeaders.Register(context, state);
        context.Response.OnStarting(() =>
        {
            // Only answers from a region count: a 429 or a problem made by the edge itself says nothing about a region.
            if (state.Answered && state.Region is not null)
            {
                metrics.FirstByte(state.Region, state.Route!, handler, state.Elapsed);
            }

            return Task.CompletedTask;
        });
        return state;
    }
    /// <summary>Identity for rate limits and sticky splits: the source address (a trusted location header does not change it).</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
