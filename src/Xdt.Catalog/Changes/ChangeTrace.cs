using System.Diagnostics;
using System.Text;

namespace Xdt.Catalog.Changes;

/// <summary>
/// The trace context of a change on its way from the writer through the WAL and Kafka: W3C <c>traceparent</c> text
/// (<c>00-{trace id}-{span id}-{flags}</c>), the one form the admin's logical message, the capture's parsing and the
/// Kafka header share. Only version 00 is written; anything unreadable reads as "no trace" rather than failing a change.
/// </summary>
public static class ChangeTrace
{
    private const string Version = "00";

    /// <summary>The <c>traceparent</c> of <paramref name="context"/>, or null when it is not a valid W3C context.</summary>
    public static string? Format(ActivityContext context) =>
        context.TraceId == default || context.SpanId == default
            ? null
            : $"{Version}-{context.TraceId.ToHexString()}-{context.SpanId.ToHexString()}-{(byte)context.TraceFlags:x2}";

    /// <summary>Reads a <c>traceparent</c> as a remote parent context.</summary>
    public static bool TryParse(string? traceParent, out ActivityContext context) => TryParse(traceParent, null, out context);

    /// <summary>Reads a <c>traceparent</c> and its <c>tracestate</c> as a remote parent context.</summary>
    public static bool TryParse(string? traceParent, string? traceState, out ActivityContext context)
    {
        context = default;
        return !string.IsNullOrEmpty(traceParent)
            && ActivityContext.TryParse(traceParent.Trim(), traceState, isRemote: true, out context)
            && context.TraceId != default
            && context.SpanId != default;
    }

    /// <summary>Reads the content of an <see cref="LogicalMessage.TracePrefix"/> logical message.</summary>
    public static bool TryParse(ReadOnlySpan<byte> messageContent, out ActivityContext context)
    {
        context = default;
        // A traceparent is 55 characters; anything much longer is not one and not worth decoding.
        return messageContent.Length is > 0 and <= 256 && TryParse(Encoding.UTF8.GetString(messageContent), out context);
    }
}
