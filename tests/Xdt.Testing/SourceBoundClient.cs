using System.Net;
using System.Net.Sockets;

namespace Xdt.Testing;

/// <summary>
/// HTTP clients whose connections leave from a chosen loopback address, i.e. from a chosen city: the edge router
/// locates a shopper by source address, so no trusted header is needed.
/// </summary>
public static class SourceBoundClient
{
    /// <summary>A request not answered within this long fails: a shopper who gave up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static HttpClient Create(Uri baseAddress, IPAddress source) =>
        new(CreateHandler(source)) { BaseAddress = baseAddress, Timeout = Timeout };

    /// <summary>A cookie-less handler binding every new connection to <paramref name="source"/>.</summary>
    public static SocketsHttpHandler CreateHandler(IPAddress source) => new()
    {
        UseCookies = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
