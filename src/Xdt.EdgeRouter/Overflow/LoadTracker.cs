using System.Collections.Concurrent;

namespace Xdt.EdgeRouter.Overflow;

/// <summary>Requests in flight through the edge, per region.</summary>
public sealed class LoadTracker
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.OrdinalIgnoreCase);

    public int InFlight(string region) => _counters.TryGetValue(region, out var c) ? Volatile.Read(ref c.Value) : 0;

    /// <summary>Counts a request against the region until the lease is disposed.</summary>
    public Lease Enter(string region)
    {
        var counter = _counters.GetOrAdd(region, static _ => new Counter());
        Interlocked.Increment(ref counter.Value);
        return new Lease(counter);
    }

    public readonly struct Lease : IDisposable
    {
        private readonly Counter? _counter;

        internal Lease(Counter counter) => _counter = counter;

        public void Dispose()
        {
            if (_counter is not null)
            {
                Interlocked.Decrement(ref _counter.Value);
            }
        }
    }

    internal sealed class Counter
    {
        public int Value;
    }
}
