using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Xdt.EdgeRouter.Limits;

/// <summary>
/// Sheds floods where they arrive: first the client's own bucket, then the bucket of the client's nearest region,
/// so a flood from one population exhausts only that region's allowance and other populations keep their latency.
/// </summary>
public sealed class EdgeRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, TokenBucket> _clients = new();
    private readonly ConcurrentDictionary<string, TokenBucket> _regions = new(StringComparer.OrdinalIgnoreCase);
    private long _lastSweep = time.GetTimestamp();

    public int TrackedClients => _clients.Count;

    public RateLimitVerdict TryAcquire(string clientKey, string nearestRegion)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return RateLimitVerdict.Allow;
        }

        if (_clients.Count > o.MaxTrackedClients && time.GetElapsedTime(Volatile.Read(ref _lastSweep)) > SweepInterval)
        {
            // At most one sweep per interval, so a flood from many addresses cannot make every request pay for it.
            Volatile.Write(ref _lastSweep, time.GetTimestamp());
            ForgetIdleClients();
        }

        var client = _clients.GetOrAdd(clientKey, _ => new TokenBucket(o.PerClientPermitsPerSecond, o.PerClientBurst, time));
        if (!client.TryTake(out var clientRetry))
        {
            return new RateLimitVerdict(false, RateLimitVerdict.Client, clientRetry);
        }

        var region = _regions.GetOrAdd(nearestRegion, _ => new TokenBucket(o.PerRegionPermitsPerSecond, o.PerRegionBurst, time));
        return region.TryTake(out var regionRetry)
            ? RateLimitVerdict.Allow
            : new RateLimitVerdict(false, RateLimitVerdict.Region, regionRetry);
    }

    /// <summary>Every bucket full again, as after a restart of the router.</summary>
    public void Reset()
    {
        _clients.Clear();
        _regions.Clear();
    }

    private void ForgetIdleClients()
    {
        foreach (var (key, bucket) in _clients)
        {
            if (bucket.IsFull)
            {
                _clients.TryRemove(key, out _);
            }
        }
    }
}
