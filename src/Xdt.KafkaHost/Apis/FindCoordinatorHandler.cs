using Xdt.KafkaHost.Network;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>FindCoordinator v0–2: the one broker coordinates every group.</summary>
public sealed class FindCoordinatorHandler(AdvertisedListener listener) : IApiHandler
{
    public ApiKey Key => ApiKey.FindCoordinator;

    public short MinVersion => 0;

    public short MaxVersion => 2;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        if (version >= 1)
        {
            response.Int32(0);
        }

        response.Int16((short)ErrorCode.None);
        if (version >= 1)
        {
            response.NullableString(null);
        }

        response.Int32(AdvertisedListener.BrokerId);
        response.String(listener.Host);
        response.Int32(listener.Port);
        return ValueTask.FromResult(true);
    }
}
