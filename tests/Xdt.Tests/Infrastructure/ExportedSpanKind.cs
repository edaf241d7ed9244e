namespace Xdt.Tests.Infrastructure;

/// <summary>OTLP's <c>Span.SpanKind</c> numbers.</summary>
public enum ExportedSpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
