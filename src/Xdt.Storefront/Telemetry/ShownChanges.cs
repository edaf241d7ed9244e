namespace Xdt.Storefront.Telemetry;

/// <summary>
/// Which change this storefront instance last showed for each product (by the <c>traceparent</c> of the apply that wrote
/// the row version), so that only the first read of a version joins the seller's trace. Per instance, in memory: every
/// instance of a region reports its own first read, and a restarted one reports again. Bounded: beyond
/// <see cref="Capacity"/> products the longest-remembered is forgotten, and a later read of its current version would be
/// reported a second time — a duplicate span in an old trace, never a missing first one.
/// </summary>
public sealed class ShownChanges(int capacity = ShownChanges.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    private readonly Dictionary<(string Store, string Sku), string> _last = [];
    private readonly Queue<(string Store, string Sku)> _remembered = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>
    /// True when this is the first time the product is shown with the version <paramref name="traceParent"/> wrote (and
    /// remembers it); false when it was the last one shown. Concurrent reads of a new version: exactly one is first.
    /// </summary>
    public bool IsFirstShow(string store, string sku, string traceParent)
    {
        var key = (store, sku);
        lock (_gate)
        {
            if (_last.TryGetValue(key, out var shown))
            {
                if (string.Equals(shown, traceParent, StringComparison.Ordinal))
                {
                    return false;
                }

                _last[key] = traceParent;
                return true;
            }

            if (_last.Count == Capacity)
            {
                _last.Remove(_remembered.Dequeue());
            }

            _last.Add(key, traceParent);
            _remembered.Enqueue(key);
            return true;
        }
    }
}
