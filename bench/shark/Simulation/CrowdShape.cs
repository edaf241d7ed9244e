using System.Globalization;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>
/// Relative arrival rate of new shoppers over time: a quiet baseline, a linear rise to <paramref name="Surge"/> times
/// it within <paramref name="Ramp"/>, a plateau, then an exponential return to the baseline (time constant 30 s).
/// </summary>
public sealed record CrowdShape(double Surge, TimeSpan Quiet, TimeSpan Ramp, TimeSpan Plateau, TimeSpan Decay, TimeSpan Arrivals)
{
    public static CrowdShape FlashCrowd(double surge, TimeSpan ramp, TimeSpan plateau) =>
        new(surge, TimeSpan.FromSeconds(10), ramp, plateau, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10) + ramp + plateau + TimeSpan.FromSeconds(120));

    /// <summary>
    /// The same flash crowd squeezed into <paramref name="arrivals"/> (a real run cannot last minutes per scale tried):
    /// a tenth quiet, the rise (at most a fifth), two fifths plateau, then the return with τ a tenth of the window.
    /// </summary>
    public static CrowdShape FlashCrowdWithin(TimeSpan arrivals, double surge, TimeSpan ramp)
    {
        var tenth = arrivals / 10;
        return new(surge, tenth, ramp < 2 * tenth ? ramp : 2 * tenth, 4 * tenth, tenth, arrivals);
    }

    /// <summary>When the rise begins: the crowd's time zero.</summary>
    public double StartSeconds => Quiet.TotalSeconds;

    public double RateAt(double t)
    {
        var rampStart = Quiet.TotalSeconds;
        var plateauStart = rampStart + Ramp.TotalSeconds;
        var decayStart = plateauStart + Plateau.TotalSeconds;
        return t < 0 || t >= Arrivals.TotalSeconds ? 0
            : t < rampStart ? 1
            : t < plateauStart ? 1 + (Surge - 1) * (t - rampStart) / Ramp.TotalSeconds
            : t < decayStart ? Surge
            : 1 + (Surge - 1) * Math.Exp(-(t - decayStart) / Decay.TotalSeconds);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Surge:0.#}× in {Ramp.TotalSeconds:0} s after {Quiet.TotalSeconds:0} s, {Plateau.TotalSeconds:0} s plateau, " +
        $"back to baseline (τ {Decay.TotalSeconds:0} s), arrivals until {Arrivals.TotalSeconds:0} s");
}
