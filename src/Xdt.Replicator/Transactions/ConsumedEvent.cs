using Xdt.Replicator.Mapping;

namespace Xdt.Replicator.Transactions;

/// <summary>
/// One fetched message with what it means. The raw key, value and headers are kept so that a dead letter carries the
/// original bytes, and the trace context travels on.
/// </summary>
public sealed record ConsumedEvent(
    int Partition,
    long Offset,
    byte[]? Key,
    byte[]? Value,
    IReadOnlyList<KeyValuePair<string, byte[]>> Headers,
    MappedEvent Change)
{
    public string? Header(string name)
    {
        for (var i = Headers.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Headers[i].Key, name, StringComparison.Ordinal))
            {
                return System.Text.Encoding.UTF8.GetString(Headers[i].Value);
            }
        }

        return null;
    }
}
