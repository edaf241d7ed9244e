using Xdt.Geography;
using Xdt.Testing;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// One way to reach the same storefront page: through the edge router, through nginx, or direct. Every path gets the
/// same client: connections from a core-city address (so the edge picks that same storefront), Nagle off, no cookies,
/// at most <c>connections</c> connections.
/// </summary>
/// <param name="ProxyProcesses">The proxy's processes (children included when read), none for direct.</param>
public sealed record PeerPath(string Name, Uri Page, IReadOnlyList<int> ProxyProcesses)
{
    public const string Edge = "edge";
    public const string Nginx = "nginx";
    public const string Direct = "direct";

    public HttpMessageInvoker CreateClient(int connections)
    {
        var handler = SourceBoundClient.CreateHandler(ClientCities.Core.ClientAddress());
        handler.MaxConnectionsPerServer = connections;
        return new HttpMessageInvoker(handler);
    }
}
