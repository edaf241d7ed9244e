namespace Xdt.Tests.Infrastructure;

/// <summary>
/// One span as a service exported it over OTLP: ids in lowercase hex (<see cref="ParentSpanId"/> empty for a root), the
/// exporting service's <c>service.name</c>, the span's attributes (strings, longs, doubles, booleans) and links.
/// </summary>
public sealed record ExportedSpan(
    string Service,
    string Scope,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    ExportedSpanKind Kind,
    IReadOnlyDictionary<string, object> Attributes,
    IReadOnlyList<ExportedLink> Links,
    int StatusCode)
{
    public object? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public override string ToString() =>
        $"{Service} {Kind} '{Name}' {TraceId}/{SpanId} parent={ParentSpanId} {string.Join(' ', Attributes.Select(a => $"{a.Key}={a.Value}"))}";
}
