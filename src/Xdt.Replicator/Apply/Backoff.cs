namespace Xdt.Replicator.Apply;

/// <summary>Exponential backoff for waiting out an unavailable database or broker: 100 ms doubling up to a cap.</summary>
public static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan max)
    {
        var milliseconds = 100 * Math.Pow(2, Math.Min(attempt, 16));
        return TimeSpan.FromMilliseconds(Math.Min(milliseconds, max.TotalMilliseconds));
    }

    /// <summary>Blocks the calling (consume-loop) thread for <paramref name="delay"/> unless cancelled first.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled during the wait.</exception>
    public static void Wait(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.WaitHandle.WaitOne(delay);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
