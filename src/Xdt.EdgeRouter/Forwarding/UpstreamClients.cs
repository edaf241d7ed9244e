using System.Diagnostics;
using System.Net;
using Yarp.ReverseProxy.Forwarder;

namespace Xdt.EdgeRouter.Forwarding;

/// <summary>
/// The edge's outgoing connections: one invoker shared by every proxied request (YARP's recommended setup: no
/// cookies, redirects, decompression or proxy), and a separate pool for probes and polls so they are never
/// queued behind shopper traffic.
/// </summary>
public sealed class UpstreamClients : IDisposable
{
    public UpstreamClients()
    {
        Forwarder = new HttpMessageInvoker(NewHandler());
        Probes = new HttpClient(NewHandler()) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public HttpMessageInvoker Forwarder { get; }

    public HttpClient Probes { get; }

    public void Dispose()
    {
        Forwarder.Dispose();
        Probes.Dispose();
    }

    private static SocketsHttpHandler NewHandler() => new()
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        EnableMultipleHttp2Connections = true,
        // A dead region on loopback refuses at once; a black-holed one must not hold a shopper for long.
        ConnectTimeout = TimeSpan.FromSeconds(1),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
    };
}
