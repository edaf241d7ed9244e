using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Overflow;
using Yarp.ReverseProxy.Forwarder;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>One attempt: count the request against the region's load, simulate the inbound distance, forward with YARP.</summary>
public sealed class RegionForwarder(
    IHttpForwarder forwarder, UpstreamClients clients, EdgeTransformer transformer, LoadTracker load,
    IOptions<ForwardingOptions> options)
{
    public async Task<ForwarderError> ForwardAsync(HttpContext context, EdgeRequestState state, Uri destination, bool countLoad = true)
    {
        using var lease = countLoad ? load.Enter(state.Region!) : default;
        if (state.SimulatedOneWay > TimeSpan.Zero)
        {
            await state.SimulateOneWayAsync(context.RequestAborted);
        }

        state.UpstreamStarted();
        var config = new ForwarderRequestConfig { ActivityTimeout = options.Value.ActivityTimeout };
        return await forwarder.SendAsync(context, destination.ToString(), clients.Forwarder, config, transformer);
    }

    /// <summary>The region could not be reached or did not answer: it is suspect, and the request never got a response.</summary>
    public static bool IsUnreachable(ForwarderError error) => error is ForwarderError.Request or ForwarderError.RequestTimedOut;

    /// <summary>Only requests that are safe to repeat and whose response has not begun can move to another region.</summary>
    public static bool CanRetry(HttpContext context) =>
        !context.Response.HasStarted
        && !context.RequestAborted.IsCancellationRequested
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));

    public static void ResetForRetry(HttpContext context)
    {
        context.Response.Clear();
        context.Features.Set<IForwarderErrorFeature>(null);
    }
}
