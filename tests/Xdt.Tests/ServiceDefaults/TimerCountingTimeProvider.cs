using Microsoft.Extensions.Time.Testing;

namespace Xdt.Tests.ServiceDefaults;

/// <summary>
/// A fake clock that counts the timers created on it and the ones that fired, so a test driving a retry policy can
/// tell when the policy has gone back to sleep (it created its next wait) before moving the clock again.
/// </summary>
internal sealed class TimerCountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _created;
    private int _fired;

    public int Created => Volatile.Read(ref _created);

    public int Fired => Volatile.Read(ref _fired);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _created);
        return base.CreateTimer(
            s =>
            {
                Interlocked.Increment(ref _fired);
                callback(s);
            },
            state, dueTime, period);
    }
}
