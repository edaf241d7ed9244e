using System.Collections.Immutable;

namespace Xdt.EdgeRouter.Routing;

/// <summary>
/// The operator's routing knobs, immutable: a change builds a new policy and swaps it in atomically
/// (<see cref="RoutingPolicyStore"/>), so a request sees one consistent policy.
/// </summary>
/// <param name="Preferences">LOCAL_PREF analogue: a higher value wins before distance is compared (default 100).</param>
/// <param name="PenaltiesMs">AS-path-prepend analogue: milliseconds added to the region's modelled RTT.</param>
/// <param name="Shifts">At most one shift per source region, keyed by <see cref="TrafficShift.From"/>.</param>
/// <param name="LatencySimulation">Delay each response by the modelled one-way time in each direction.</param>
/// <param name="Centralized">Send every shopper to the core region (the "before" picture).</param>
public sealed record RoutingPolicy(
    ImmutableDictionary<string, int> Preferences,
    ImmutableDictionary<string, double> PenaltiesMs,
    ImmutableDictionary<string, TrafficShift> Shifts,
    bool LatencySimulation,
    bool Centralized)
{
    public const int DefaultPreference = 100;

    public static RoutingPolicy Empty { get; } = new(
        ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary.Create<string, double>(StringComparer.OrdinalIgnoreCase),
        ImmutableDictionary.Create<string, TrafficShift>(StringComparer.OrdinalIgnoreCase),
        LatencySimulation: false,
        Centralized: false);

    public int PreferenceOf(string region) => Preferences.GetValueOrDefault(region, DefaultPreference);

    public double PenaltyMsOf(string region) => PenaltiesMs.GetValueOrDefault(region);
}
