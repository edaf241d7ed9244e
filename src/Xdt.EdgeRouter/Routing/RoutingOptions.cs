using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Routing;

/// <summary>The network model and the initial routing policy (section <c>EdgeRouter:Routing</c>).</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "EdgeRouter:Routing";

    [Range(0, 1000)]
    public double BaseRttMs { get; set; } = 2.0;

    [Range(1, 300_000)]
    public double FibreKmPerMs { get; set; } = 200.0;

    [Range(1, 10)]
    public double RouteInflation { get; set; } = 1.5;

    /// <summary>Mixed into the shift hash so a different salt reshuffles which shoppers are shifted.</summary>
    [Required]
    public string ShiftSalt { get; set; } = "xdt";

    public Dictionary<string, int> Preferences { get; set; } = [];

    public Dictionary<string, double> PenaltiesMs { get; set; } = [];

    public List<TrafficShift> Shifts { get; set; } = [];

    public bool LatencySimulation { get; set; }

    public bool Centralized { get; set; }

    public NetworkModel ToModel() => new(BaseRttMs, FibreKmPerMs, RouteInflation);

    public RoutingPolicy ToPolicy() => RoutingPolicy.Empty with
    {
        Preferences = RoutingPolicy.Empty.Preferences.AddRange(Preferences),
        PenaltiesMs = RoutingPolicy.Empty.PenaltiesMs.AddRange(PenaltiesMs),
        Shifts = RoutingPolicy.Empty.Shifts.AddRange(Shifts.Select(s => KeyValuePair.Create(s.From, s))),
        LatencySimulation = LatencySimulation,
        Centralized = Centralized,
    };
}
