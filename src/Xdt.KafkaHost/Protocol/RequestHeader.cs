namespace Xdt.KafkaHost.Protocol;

/// <summary>
/// Request header v1 (api key, version, correlation id, client id), or v2 (the same plus tagged fields) for a flexible
/// version. Every version this broker serves is non-flexible except ApiVersions v3, so that is the only v2 header.
/// </summary>
public readonly record struct RequestHeader(ApiKey ApiKey, short ApiVersion, int CorrelationId, string? ClientId)
{
    public static RequestHeader Read(ref KafkaReader reader)
    {
        var header = new RequestHeader((ApiKey)reader.Int16(), reader.Int16(), reader.Int32(), reader.NullableString());
        if (header.IsFlexible)
        {
            reader.SkipTaggedFields();
        }

        return header;
    }

    public bool IsFlexible => ApiKey == ApiKey.ApiVersions && ApiVersion >= 3;
}
