using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Xdt.KafkaHost.Apis;

namespace Xdt.KafkaHost.Network;

/// <summary>
/// The Kafka port: accepts connections and runs one <see cref="KafkaConnection"/> loop per client. Can be stopped and
/// started again on the same address (the control API's broker down/up, for fault tests).
/// </summary>
public sealed partial class KafkaListener(ApiRegistry apis, AdvertisedListener advertised, ResponseHold hold, ILogger<KafkaListener> logger) : IAsyncDisposable
{
    private const int Backlog = 512;

    private readonly ConcurrentDictionary<KafkaConnection, Task> _connections = new();
    private readonly Lock _gate = new();
    private Socket? _listener;
    private CancellationTokenSource? _stopping;
    private Task _acceptLoop = Task.CompletedTask;

    public bool IsUp => _listener is not null;

    public int ActiveConnections => _connections.Count;

    /// <summary>Binds and starts accepting; returns the bound address (the actual port when 0 was asked for).</summary>
    public IPEndPoint Start(IPEndPoint endpoint)
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return (IPEndPoint)_listener.LocalEndPoint!;
            }

            var listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Bind(endpoint);
            listener.Listen(Backlog);
            var bound = (IPEndPoint)listener.LocalEndPoint!;
            advertised.Host = bound.Address.ToString();
            advertised.Port = bound.Port;
            _listener = listener;
            _stopping = new CancellationTokenSource();
            _acceptLoop = AcceptLoopAsync(listener, _stopping.Token);
            LogListening(logger, advertised.ToString());
            return bound;
        }
    }

    /// <summary>Stops accepting and closes every connection (clients see the broker go away).</summary>
    public async Task StopAsync()
    {
        Socket? listener;
        CancellationTokenSource? stopping;
        lock (_gate)
        {
            (listener, stopping) = (_listener, _stopping);
            (_listener, _stopping) = (null, null);
        }

        if (listener is null || stopping is null)
        {
            return;
        }

        await stopping.CancelAsync();
        listener.Dispose();
        await _acceptLoop;
        foreach (var connection in _connections.Keys)
        {
            connection.Socket.Dispose();
        }

        await Task.WhenAll(_connections.Values);
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                LogAcceptFailed(logger, e.SocketErrorCode);
                continue;
            }

            var connection = new KafkaConnection(client, apis, hold, logger);
            _connections[connection] = Task.CompletedTask;
            _connections.TryUpdate(connection, ServeAsync(connection, stopping), Task.CompletedTask);
        }
    }

    private async Task ServeAsync(KafkaConnection connection, CancellationToken stopping)
    {
        await Task.Yield();
        try
        {
            await connection.RunAsync(stopping);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving Kafka at {Address}")]
    private static partial void LogListening(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accepting a connection failed: {Error}")]
    private static partial void LogAcceptFailed(ILogger logger, SocketError error);
}
