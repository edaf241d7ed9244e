using System.Net;
using System.Net.Sockets;

namespace Xdt.AppHost.Infrastructure;

/// <summary>
/// A free loopback port for an endpoint that is not proxied by DCP (DCP only allocates ports it proxies).
/// The OS picks it, so two app hosts (or test runs) do not collide.
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
