using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>
/// ApiVersions v0–3. librdkafka opens with v3 (a flexible body; the response header stays v0, as the protocol requires
/// for this API). A client asking for a newer version gets the v0 form with UNSUPPORTED_VERSION and the list, and retries.
/// </summary>
public sealed class ApiVersionsHandler : IApiHandler
{
    public ApiKey Key => ApiKey.ApiVersions;

    public short MinVersion => 0;

    public short MaxVersion => 3;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        Write(context.Apis, context.Version, ErrorCode.None, response);
        return ValueTask.FromResult(true);
    }

    public static void Write(ApiRegistry apis, short version, ErrorCode error, KafkaWriter response)
    {
        response.Int16((short)error);
        var flexible = version >= 3;
        if (flexible)
        {
            response.CompactArrayLength(apis.All.Count);
        }
        else
        {
            response.ArrayLength(apis.All.Count);
        }

        foreach (var api in apis.All)
        {
            response.Int16((short)api.Key);
            response.Int16(api.MinVersion);
            response.Int16(api.MaxVersion);
            if (flexible)
            {
                response.EmptyTaggedFields();
            }
        }

        if (version >= 1)
        {
            response.Int32(0);
        }

        if (flexible)
        {
            response.EmptyTaggedFields();
        }
    }
}
