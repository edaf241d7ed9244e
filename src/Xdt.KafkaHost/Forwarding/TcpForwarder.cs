using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Xdt.KafkaHost.Forwarding;

/// <summary>
/// Accepts TCP connections on a fixed address and pumps bytes both ways to another endpoint. The mock cluster listens on an
/// ephemeral port with a backlog of 5; this listener gives clients the externally assigned port and a deeper backlog.
/// </summary>
public sealed partial class TcpForwarder(ILogger<TcpForwarder> logger) : IAsyncDisposable
{
    private const int Backlog = 512;

    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _connections = new();
    private Socket? _listener;
    private Task _acceptLoop = Task.CompletedTask;
    private EndPoint? _target;
    private int _disposed;

    /// <summary>The address clients connect to (the actual port when 0 was asked for).</summary>
    public IPEndPoint? LocalEndPoint { get; private set; }

    public int ActiveConnections => _connections.Count;

    /// <summary>Binds the listener. Accepting starts with <see cref="StartForwarding"/> once the target is known.</summary>
    public IPEndPoint Bind(IPEndPoint listenOn)
    {
        var listener = new Socket(listenOn.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Bind(listenOn);
        listener.Listen(Backlog);
        _listener = listener;
        LocalEndPoint = (IPEndPoint)listener.LocalEndPoint!;
        return LocalEndPoint;
    }

    public void StartForwarding(EndPoint target)
    {
        var listener = _listener ?? throw new InvalidOperationException("Bind the forwarder before starting it.");
        _target = target;
        _acceptLoop = AcceptLoopAsync(listener, _stopping.Token);
        LogForwarding(logger, LocalEndPoint!.ToString(), target.ToString()!);
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

            var connection = ServeAsync(client, stopping);
            _connections.TryAdd(connection, 0);
            _ = connection.ContinueWith(t => _connections.TryRemove(t, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken stopping)
    {
        client.NoDelay = true;
        var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await upstream.ConnectAsync(_target!, stopping);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            LogUpstreamUnreachable(logger, _target!.ToString()!, e.Message);
            upstream.Dispose();
            client.Dispose();
            return;
        }

        await using var clientStream = new NetworkStream(client, ownsSocket: true);
        await using var upstreamStream = new NetworkStream(upstream, ownsSocket: true);
        var toBroker = PumpAsync(clientStream, upstreamStream, stopping);
        var toClient = PumpAsync(upstreamStream, clientStream, stopping);
        await Task.WhenAny(toBroker, toClient);

        // Either side ended: a half-open Kafka connection is useless, so close both and let the other pump finish.
        client.Dispose();
        upstream.Dispose();
        await Task.WhenAll(toBroker, toClient);
    }

    private static async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken stopping)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, stopping)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), stopping);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The connection ended (reset, closed by the other pump, or shutdown); the caller closes both sides.
        }
    }

    /// <summary>Stops accepting, closes every forwarded connection and waits for them. Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        _listener?.Dispose();
        await _acceptLoop;
        await Task.WhenAll(_connections.Keys);
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forwarding Kafka connections from {Listen} to the mock broker at {Target}")]
    private static partial void LogForwarding(ILogger logger, string listen, string target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Accepting a connection failed: {Error}")]
    private static partial void LogAcceptFailed(ILogger logger, SocketError error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mock broker at {Target} refused a forwarded connection: {Reason}")]
    private static partial void LogUpstreamUnreachable(ILogger logger, string target, string reason);
}
