using Google.Protobuf;

namespace Xdt.Tests.Infrastructure;

/// <summary>
/// Reads an OTLP <c>ExportTraceServiceRequest</c> (opentelemetry-proto, trace/v1 and common/v1) from its protobuf bytes.
/// No package with the generated OTLP types is available, so the few fields a trace's shape needs are read by number
/// with Google.Protobuf's wire reader and everything else is skipped.
/// </summary>
public static class OtlpTraceDecoder
{
    public static IReadOnlyList<ExportedSpan> Decode(byte[] exportTraceServiceRequest)
    {
        var spans = new List<ExportedSpan>();
        foreach (var resourceSpans in Messages(exportTraceServiceRequest, 1))
        {
            var service = "";
            var scopes = new List<byte[]>();
            Read(resourceSpans, (field, input) =>
            {
                switch (field)
                {
                    case 1:
                        var resource = Attributes(input.ReadBytes().ToByteArray(), 1);
                        service = resource.GetValueOrDefault("service.name") as string ?? "";
                        return true;
                    case 2:
                        scopes.Add(input.ReadBytes().ToByteArray());
                        return true;
                    default:
                        return false;
                }
            });

            foreach (var scopeSpans in scopes)
            {
                var scope = "";
                var rawSpans = new List<byte[]>();
                Read(scopeSpans, (field, input) =>
                {
                    switch (field)
                    {
                        case 1:
                            scope = ScopeName(input.ReadBytes().ToByteArray());
                            return true;
                        case 2:
                            rawSpans.Add(input.ReadBytes().ToByteArray());
                            return true;
                        default:
                            return false;
                    }
                });
                spans.AddRange(rawSpans.Select(s => Span(s, service, scope)));
            }
        }

        return spans;
    }

    private static ExportedSpan Span(byte[] bytes, string service, string scope)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var kind = ExportedSpanKind.Unspecified;
        var status = 0;
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        var links = new List<ExportedLink>();
        Read(bytes, (field, input) =>
        {
            switch (field)
            {
                case 1: traceId = Hex(input.ReadBytes()); return true;
                case 2: spanId = Hex(input.ReadBytes()); return true;
                case 4: parent = Hex(input.ReadBytes()); return true;
                case 5: name = input.ReadString(); return true;
                case 6: kind = (ExportedSpanKind)input.ReadEnum(); return true;
                case 9: AddAttribute(input.ReadBytes().ToByteArray(), attributes); return true;
                case 13: links.Add(Link(input.ReadBytes().ToByteArray())); return true;
                case 15: status = StatusCode(input.ReadBytes().ToByteArray()); return true;
                default: return false;
            }
        });
        return new ExportedSpan(service, scope, traceId, spanId, parent, name, kind, attributes, links, status);
    }

    private static ExportedLink Link(byte[] bytes)
    {
        string traceId = "", spanId = "";
        Read(bytes, (field, input) =>
        {
            switch (field)
            {
                case 1: traceId = Hex(input.ReadBytes()); return true;
                case 2: spanId = Hex(input.ReadBytes()); return true;
                default: return false;
            }
        });
        return new ExportedLink(traceId, spanId);
    }

    private static int StatusCode(byte[] bytes)
    {
        var code = 0;
        Read(bytes, (field, input) =>
        {
            if (field != 3)
            {
                return false;
            }

            code = input.ReadEnum();
            return true;
        });
        return code;
    }

    private static string ScopeName(byte[] bytes)
    {
        var name = "";
        Read(bytes, (field, input) =>
        {
            if (field != 1)
            {
                return false;
            }

            name = input.ReadString();
            return true;
        });
        return name;
    }

    private static Dictionary<string, object> Attributes(byte[] message, int field)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var keyValue in Messages(message, field))
        {
            AddAttribute(keyValue, attributes);
        }

        return attributes;
    }

    // KeyValue { string key = 1; AnyValue value = 2; }, AnyValue { string 1; bool 2; int64 3; double 4; ... }
    private static void AddAttribute(byte[] keyValue, Dictionary<string, object> attributes)
    {
        string? key = null;
        object? value = null;
        Read(keyValue, (field, input) =>
        {
            switch (field)
            {
                case 1:
                    key = input.ReadString();
                    return true;
                case 2:
                    Read(input.ReadBytes().ToByteArray(), (anyField, any) =>
                    {
                        switch (anyField)
                        {
                            case 1: value = any.ReadString(); return true;
                            case 2: value = any.ReadBool(); return true;
                            case 3: value = any.ReadInt64(); return true;
                            case 4: value = any.ReadDouble(); return true;
                            default: return false;
                        }
                    });
                    return true;
                default:
                    return false;
            }
        });
        if (key is not null && value is not null)
        {
            attributes[key] = value;
        }
    }

    private static List<byte[]> Messages(byte[] message, int field)
    {
        var found = new List<byte[]>();
        Read(message, (f, input) =>
        {
            if (f != field)
            {
                return false;
            }

            found.Add(input.ReadBytes().ToByteArray());
            return true;
        });
        return found;
    }

    /// <summary>Calls <paramref name="onField"/> for every field; a field it does not read (returns false) is skipped.</summary>
    private static void Read(byte[] message, Func<int, CodedInputStream, bool> onField)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (!onField(WireFormat.GetTagFieldNumber(tag), input))
            {
                input.SkipLastField();
            }
        }
    }

    private static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);
}
