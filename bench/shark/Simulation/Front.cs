namespace Xdt.Bench.Shark.Simulation;

/// <summary>One way of facing the crowd.</summary>
/// <param name="Overflow">Regions above their soft limit spill new shoppers to the next best region.</param>
/// <param name="Autoscale">Each region's autoscaler adds and removes instances.</param>
/// <param name="Centralized">Every shopper goes to the core region (the edge's centralized mode), which runs all nine regions' instances.</param>
public sealed record Front(string Name, bool Overflow, bool Autoscale, bool Centralized)
{
    public static Front Edge { get; } = new("nine regions, overflow + autoscaling", Overflow: true, Autoscale: true, Centralized: false);

    public static Front NearestOnly { get; } = new("nine regions, nearest only (fixed instances)", Overflow: false, Autoscale: false, Centralized: false);

    public static Front Beijing { get; } = new("everything from beijing (all instances, fixed)", Overflow: false, Autoscale: false, Centralized: true);

    public static IReadOnlyList<Front> All { get; } = [Edge, NearestOnly, Beijing];
}
