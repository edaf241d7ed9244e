using Xdt.Geography;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>
/// One shopper of the crowd, drawn once so every front meets the same crowd: when they arrive, from where, and for
/// each page of the session (home, then product pages) the think time before it and the work it costs a storefront.
/// </summary>
public sealed record Shopper(int Id, ClientCity City, double ArrivalSeconds, double[] ThinkSeconds, double[] ServiceMs)
{
    public int Pages => ServiceMs.Length;

    /// <summary>Stands for the source address (sticky hashing): one per shopper.</summary>
    public string ClientKey { get; } = $"{City.Name}#{Id}";
}
