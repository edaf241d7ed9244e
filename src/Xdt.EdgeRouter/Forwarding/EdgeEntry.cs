using Xdt.EdgeRouter.Location;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>The first step of every forwarded request: locate the shopper and promise the provenance headers.</summary>
public sealed class EdgeEntry(ClientLocator locator, TimeProvider time)
{
    public EdgeRequestState Begin(HttpContext context)
    {
        var location = locator.Locate(context.Connection.RemoteIpAddress, context.Request.Headers[LocationOptions.HeaderName]);
        var state = new EdgeRequestState(location, time);
        context.Features.Set(state);
        ProvenanceHeaders.Register(context, state);
        return state;
    }

    /// <summary>Identity for rate limits and sticky splits: the source address (a trusted location header does not change it).</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
