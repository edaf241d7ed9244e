using Xdt.EdgeRouter.Location;
using Xdt.HttpContract;
using Yarp.ReverseProxy.Forwarder;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>
/// Keeps the shopper's Host (custom domains resolve on it), says who the client is, and on the way back applies the
/// simulated one-way delay before the first byte, after noting when the upstream answered.
/// </summary>
public sealed class EdgeTransformer : HttpTransformer
{
    public override async ValueTask TransformRequestAsync(
        HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.Headers.Host = httpContext.Request.Host.Value;
        proxyRequest.Headers.Remove("X-Forwarded-For");
        proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-For", httpContext.Connection.RemoteIpAddress?.ToString());
        proxyRequest.Headers.Remove("X-Forwarded-Proto");
        proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-Proto", httpContext.Request.Scheme);
        if (httpContext.Features.Get<EdgeRequestState>() is { } state)
        {
            proxyRequest.Headers.Remove(XdtHeaders.ClientLocation);
            proxyRequest.Headers.TryAddWithoutValidation(XdtHeaders.ClientLocation, state.Location.Name);
        }
    }

    public override async ValueTask<bool> TransformResponseAsync(
        HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        if (proxyResponse is not null && httpContext.Features.Get<EdgeRequestState>() is { } state)
        {
            state.UpstreamAnswered();
            if (state.RetryIfUnavailable && (int)proxyResponse.StatusCode is 502 or 503 or 504)
            {
                // Nothing has been sent yet: drop this answer and let the forwarder try the next region.
                state.HeldBackStatus = (int)proxyResponse.StatusCode;
                return false;
            }

            if (state.SimulatedOneWay > TimeSpan.Zero)
            {
                await state.SimulateOneWayAsync(cancellationToken);
            }
        }

        return await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
    }
}
