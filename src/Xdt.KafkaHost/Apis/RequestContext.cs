using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>
/// A request being answered: its header and its body, which lives in a buffer the connection owns until the response is
/// written (writable, so Produce can place batches in the log without copying them first).
/// </summary>
public sealed record RequestContext(RequestHeader Header, Memory<byte> Body, ApiRegistry Apis)
{
    public short Version => Header.ApiVersion;

    public KafkaReader Reader() => new(Body.Span);
}
