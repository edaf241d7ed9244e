using System.Net;
using System.Net.Sockets;

namespace Xdt.Tests.EdgeRouter.Integration;

/// <summary>An HttpClient whose connections leave from a chosen loopback address, i.e. from a chosen city.</summary>
public static class SourceBoundClient
{
    public static HttpClient Create(Uri baseAddress, IPAddress source)
    {
        var handler = new SocketsHttpHandler
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
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }
}
