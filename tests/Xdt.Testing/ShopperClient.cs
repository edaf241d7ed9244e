using System.Net;
using System.Net.Sockets;
using Xdt.Geography;

namespace Xdt.Testing;

/// <summary>
/// HTTP clients that connect from a chosen loopback source address, so the edge router sees a shopper in that city
/// exactly as it would a real one: by the connection's source address, with no header involved.
/// </summary>
public static class ShopperClient
{
    /// <summary>A client connecting from host <paramref name="hostNumber"/> of the city's loopback block.</summary>
    public static HttpClient From(ClientCity city, Uri baseAddress, uint hostNumber = 10) =>
        From(city.ClientAddress(hostNumber), baseAddress);

    public static HttpClient From(IPAddress source, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    var target = context.DnsEndPoint.Host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(context.DnsEndPoint.Host);
                    await socket.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }
}
