using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Apis;

/// <summary>The handlers by API key; what ApiVersions advertises is exactly this list.</summary>
public sealed class ApiRegistry
{
    private readonly Dictionary<ApiKey, IApiHandler> _handlers;

    public ApiRegistry(IEnumerable<IApiHandler> handlers)
    {
        _handlers = handlers.ToDictionary(h => h.Key);
        All = [.. _handlers.Values.OrderBy(h => h.Key)];
    }

    public IReadOnlyList<IApiHandler> All { get; }

    public IApiHandler? Find(ApiKey key, short version) =>
        _handlers.TryGetValue(key, out var handler) && version >= handler.MinVersion && version <= handler.MaxVersion ? handler : null;
}
