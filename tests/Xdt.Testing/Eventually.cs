namespace Xdt.Testing;

/// <summary>Waits for a condition with a deadline instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Polls until <paramref name="probe"/> returns a value that satisfies <paramref name="done"/>; fails with the last value
    /// seen and, when given, what <paramref name="diagnostics"/> says (e.g. the output of the process under test).
    /// </summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        T last;
        while (true)
        {
            last = await probe().WaitAsync(timeout);
            if (done(last))
            {
                return last;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0.#} s waiting for {what}; last value: {last}" +
                    (diagnostics is null ? "" : "\n" + diagnostics()));
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? diagnostics = null) =>
        HoldsAsync(condition, holds => holds, timeout, what, diagnostics);
}
