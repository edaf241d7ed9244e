using Xdt.KafkaHost.Log;
using Xdt.KafkaHost.Network;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>Metadata v0–8: one broker (leader, only replica and ISR of everything); topics are never auto-created.</summary>
public sealed class MetadataHandler(LogManager logs, AdvertisedListener listener) : IApiHandler
{
    private const int AuthorizedOperationsOmitted = int.MinValue;

    public ApiKey Key => ApiKey.Metadata;

    public short MinVersion => 0;

    public short MaxVersion => 8;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var version = context.Version;
        var reader = context.Reader();
        var count = reader.ArrayLength();
        List<string>? names = count < 0 || (count == 0 && version == 0) ? null : [];
        for (var i = 0; i < count; i++)
        {
            names!.Add(reader.String());
        }

        if (version >= 3)
        {
            response.Int32(0);
        }

        response.ArrayLength(1);
        response.Int32(AdvertisedListener.BrokerId);
        response.String(listener.Host);
        response.Int32(listener.Port);
        if (version >= 1)
        {
            response.NullableString(null);
        }

        if (version >= 2)
        {
            response.NullableString(AdvertisedListener.ClusterId);
        }

        if (version >= 1)
        {
            response.Int32(AdvertisedListener.BrokerId);
        }

        var requested = names ?? [.. logs.Topics.Keys.Order(StringComparer.Ordinal)];
        response.ArrayLength(requested.Count);
        foreach (var name in requested)
        {
            WriteTopic(name, logs.Topics.GetValueOrDefault(name), version, response);
        }

        if (version >= 8)
        {
            response.Int32(AuthorizedOperationsOmitted);
        }

        return ValueTask.FromResult(true);
    }

    private static void WriteTopic(string name, Topic? topic, short version, KafkaWriter response)
    {
        response.Int16((short)(topic is null ? ErrorCode.UnknownTopicOrPartition : ErrorCode.None));
        response.String(name);
        if (version >= 1)
        {
            response.Bool(false);
        }

        var partitions = topic?.Partitions.Count ?? 0;
        response.ArrayLength(partitions);
        for (var p = 0; p < partitions; p++)
        {
            response.Int16((short)ErrorCode.None);
            response.Int32(p);
            response.Int32(AdvertisedListener.BrokerId);
            if (version >= 7)
            {
                response.Int32(0);
            }

            response.ArrayLength(1);
            response.Int32(AdvertisedListener.BrokerId);
            response.ArrayLength(1);
            response.Int32(AdvertisedListener.BrokerId);
            if (version >= 5)
            {
                response.ArrayLength(0);
            }
        }

        if (version >= 8)
        {
            response.Int32(AuthorizedOperationsOmitted);
        }
    }
}
