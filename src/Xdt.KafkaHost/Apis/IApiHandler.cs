using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>One Kafka API (request key) and the versions of it this broker serves.</summary>
public interface IApiHandler
{
    ApiKey Key { get; }

    short MinVersion { get; }

    short MaxVersion { get; }

    /// <summary>
    /// Reads the request body and writes the response body (after the response header). Returns false when no response
    /// is to be sent (Produce with acks=0).
    /// </summary>
    ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken);
}
