namespace Xdt.Bench.Shark.Replay;

/// <summary>What the real run measured that the simulation takes as given.</summary>
/// <param name="ServiceMsMean">The storefronts' own time per page (<c>Server-Timing</c> db + render), mean over <see cref="ServicePages"/> pages.</param>
/// <param name="OverheadMsMean">
/// TTFB minus the modelled round trip minus the storefront's time: client, loopback, the edge's own work, Kestrel and
/// timer overshoot on this machine — everything the simulation's network and instances do not model.
/// </param>
/// <param name="InstanceStartSeconds">Each scale-out's time from the edge wanting an instance to the edge forwarding to it.</param>
public sealed record RecordedCalibration(
    double ServiceMsMean,
    double ServiceMsP50,
    double ServiceMsP95,
    long ServicePages,
    double OverheadMsMean,
    double OverheadMsP50,
    double OverheadMsP95,
    IReadOnlyList<double> InstanceStartSeconds)
{
    /// <summary>The median instance start; <paramref name="fallback"/> when nothing scaled out.</summary>
    public double MedianInstanceStartSeconds(double fallback)
    {
        if (InstanceStartSeconds.Count == 0)
        {
            return fallback;
        }

        var sorted = InstanceStartSeconds.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
