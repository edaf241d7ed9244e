namespace Xdt.EdgeRouter.Limits;

/// <summary>
/// A token bucket refilled continuously from <see cref="TimeProvider"/> timestamps (no timer): starts full,
/// holds at most <paramref name="burst"/> tokens, gains <paramref name="permitsPerSecond"/> per second.
/// </summary>
public sealed class TokenBucket(double permitsPerSecond, double burst, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly double _burst = burst;
    private double _tokens = burst;
    private long _refilledAt = time.GetTimestamp();

    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_lock)
        {
            Refill();
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - _tokens) / permitsPerSecond);
            return false;
        }
    }

    /// <summary>Full again: nobody has used it lately, so it can be forgotten without changing any decision.</summary>
    public bool IsFull
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _tokens >= _burst;
            }
        }
    }

    private void Refill()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + time.GetElapsedTime(_refilledAt, now).TotalSeconds * permitsPerSecond);
        _refilledAt = now;
    }
}
