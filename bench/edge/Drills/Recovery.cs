using Xdt.Testing;

namespace Xdt.Bench.Edge.Drills;

/// <summary>
/// A withdrawn region coming back, by the router's own clock: when its first healthy probe started the hold-down, and
/// when it was announced again. Honoured when the region was held down at least the configured time.
/// </summary>
public sealed record Recovery(DateTimeOffset Started, DateTimeOffset? HoldDownSince, DateTimeOffset? UpSince)
{
    public TimeSpan? HeldDown => UpSince - HoldDownSince;

    public TimeSpan? StartedToUp => UpSince - Started;

    public bool Honoured(TimeSpan holdDown) => HeldDown >= holdDown;

    /// <summary>Watches the status page from <paramref name="started"/> until the region is up, noting the hold-down.</summary>
    public static async Task<Recovery> WatchAsync(EdgeControl control, string region, DateTimeOffset started, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        DateTimeOffset? holdDownSince = null;
        try
        {
            while (true)
            {
                var state = await control.RegionStateAsync(region, deadline.Token);
                if (state.Health == "hold-down")
                {
                    holdDownSince = state.Since;
                }
                else if (state.Health == "up")
                {
                    return new Recovery(started, holdDownSince, state.Since);
                }

                await Task.Delay(10, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return new Recovery(started, holdDownSince, null);
        }
    }
}
