using System.Collections.Concurrent;

namespace Xdt.EdgeRouter.Overflow;

/// <summary>Requests in flight through the edge, per region, and how many entered it since the edge started.</summary>
public sealed class LoadTracker
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.OrdinalIgnoreCase);

    public int InFlight(string region) => _counters.TryGetValue(region, out var c) ? Volatile.Read(ref c.Value) : 0;

    /// <summary>Every request counted against the region so far: the console takes its traffic share from the differences.</summary>
    public long Entered(string region) => _counters.TryGetValue(region, out var c) ? Interlocked.Read(ref c.Entered) : 0;

    /// <summary>Counts a request against the region until the lease is disposed.</summary>
    public Lease Enter(string region)
    {
        var counter = _counters.GetOrAdd(region, static _ => new Counter());
        Interlocked.Increment(ref counter.Value);
        Interlocked.Increment(ref counter.Entered);
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
        public long Entered;
    }
}
