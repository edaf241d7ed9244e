using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net.Sockets;
using Xdt.KafkaHost.Apis;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Network;

/// <summary>
/// One client connection: reads size-prefixed requests and answers them one at a time, in order (as Kafka does per
/// connection; a long-polling fetch holds the connection's later requests back). One response buffer per connection.
/// </summary>
public sealed partial class KafkaConnection(Socket socket, ApiRegistry apis, ResponseHold hold, ILogger logger)
{
    private const int MaxRequestBytes = 100 << 20;

    public Socket Socket => socket;

    public async Task RunAsync(CancellationToken stopping)
    {
        socket.NoDelay = true;
        await using var stream = new NetworkStream(socket, ownsSocket: true);
        var input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024));
        using var response = new KafkaWriter();
        try
        {
            while (await ReadFrameAsync(input, stopping) is { } frame)
            {
                try
                {
                    if (await HandleAsync(frame.Buffer.AsMemory(0, frame.Length), response, stopping))
                    {
                        await hold.WhenReleasedAsync(stopping);
                        await stream.WriteAsync(response.WrittenMemory, stopping);
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(frame.Buffer);
                }
            }
        }
        catch (ProtocolException e)
        {
            LogProtocolError(logger, socket.RemoteEndPoint?.ToString(), e.Message);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away, or the broker is stopping or was set down.
        }
        finally
        {
            await input.CompleteAsync();
        }
    }

    private async Task<bool> HandleAsync(Memory<byte> request, KafkaWriter response, CancellationToken stopping)
    {
        var (header, bodyStart) = ReadHeader(request.Span);
        response.Reset();
        var sizeAt = response.ReserveInt32();
        response.Int32(header.CorrelationId);
        var handler = apis.Find(header.ApiKey, header.ApiVersion);
        if (handler is null)
        {
            if (header.ApiKey != ApiKey.ApiVersions)
            {
                throw new ProtocolException($"{header.ApiKey} v{header.ApiVersion} is not served (client {header.ClientId}).");
            }

            // The protocol's rule: answer an unknown ApiVersions version in v0 form, with the versions we do serve.
            ApiVersionsHandler.Write(apis, 0, ErrorCode.UnsupportedVersion, response);
        }
        else if (!await handler.HandleAsync(new RequestContext(header, request[bodyStart..], apis), response, stopping))
        {
            return false;
        }

        response.PatchInt32(sizeAt, response.Length - 4);
        return true;
    }

    private static (RequestHeader Header, int BodyStart) ReadHeader(ReadOnlySpan<byte> request)
    {
        var reader = new KafkaReader(request);
        var header = RequestHeader.Read(ref reader);
        return (header, reader.Position);
    }

    /// <summary>The next request, copied into a pooled buffer the caller returns; null at the end of the stream.</summary>
    private static async ValueTask<(byte[] Buffer, int Length)?> ReadFrameAsync(PipeReader input, CancellationToken stopping)
    {
        while (true)
        {
            var read = await input.ReadAsync(stopping);
            var buffer = read.Buffer;
            if (buffer.Length >= 4)
            {
                var size = ReadSize(buffer);
                if (size is < 8 or > MaxRequestBytes)
                {
                    throw new ProtocolException($"A request of {size} bytes.");
                }

                if (buffer.Length >= 4 + size)
                {
                    var frame = ArrayPool<byte>.Shared.Rent(size);
                    buffer.Slice(4, size).CopyTo(frame);
                    input.AdvanceTo(buffer.GetPosition(4 + size));
                    return (frame, size);
                }
            }

            if (read.IsCompleted)
            {
                return null;
            }

            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static int ReadSize(in ReadOnlySequence<byte> buffer)
    {
        Span<byte> prefix = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(prefix);
        return BinaryPrimitives.ReadInt32BigEndian(prefix);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the connection from {Client}: {Reason}")]
    private static partial void LogProtocolError(ILogger logger, string? client, string reason);
}
