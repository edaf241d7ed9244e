using System.Diagnostics;

namespace Xdt.Tests.Replicator;

/// <summary>Waits for a condition by polling it until a deadline (never a fixed sleep).</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan within, string what, Func<string>? diagnostics = null)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition().WaitAsync(within))
        {
            if (waited.Elapsed > within)
            {
                throw new TimeoutException($"Waited {within} for {what}.{(diagnostics is null ? "" : "\n" + diagnostics())}");
            }

            await Task.Delay(20);
        }
    }
}
