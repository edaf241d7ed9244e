namespace Xdt.Tests.Infrastructure;

/// <summary>A span link as exported over OTLP (ids in lowercase hex).</summary>
public sealed record ExportedLink(string TraceId, string SpanId);
