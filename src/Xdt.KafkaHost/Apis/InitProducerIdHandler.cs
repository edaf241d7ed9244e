using Xdt.KafkaHost.Producers;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>InitProducerId v0–1 for idempotent producers: a fresh, never reused producer id with epoch 0.</summary>
public sealed class InitProducerIdHandler(ProducerIdAllocator producerIds) : IApiHandler
{
    public ApiKey Key => ApiKey.InitProducerId;

    public short MinVersion => 0;

    public short MaxVersion => 1;

    public ValueTask<bool> HandleAsync(RequestContext context, KafkaWriter response, CancellationToken cancellationToken)
    {
        var reader = context.Reader();
        var transactional = reader.NullableString() is not null;
        response.Int32(0);
        response.Int16((short)(transactional ? ErrorCode.InvalidRequest : ErrorCode.None));
        response.Int64(transactional ? -1 : producerIds.Next());
        response.Int16(transactional ? (short)-1 : (short)0);
        return ValueTask.FromResult(true);
    }
}
