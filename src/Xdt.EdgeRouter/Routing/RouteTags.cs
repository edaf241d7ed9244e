namespace Xdt.EdgeRouter.Routing;

/// <summary>Why a request went where it went; sent as <c>X-Xdt-Route</c> and used as a metric tag.</summary>
public static class RouteTags
{
    /// <summary>The best region by preference and modelled round-trip time.</summary>
    public const string Nearest = "nearest";

    /// <summary>The best region was down, drained or failed this request; the next best took it.</summary>
    public const string Failover = "failover";

    /// <summary>The best region was above its soft capacity; this new shopper went to the next best.</summary>
    public const string Overflow = "overflow";

    /// <summary>An operator shift moved this shopper's share of the region elsewhere.</summary>
    public const string Shifted = "shifted";

    /// <summary>A bookmark (read-your-writes) chose a region that has the shopper's write, after waiting if needed.</summary>
    public const string FreshWait = "fresh-wait";

    /// <summary>Sent to the core region: centralized mode, admin traffic, or no region caught up with a bookmark.</summary>
    public const string Core = "core";

    /// <summary>Every route, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Nearest, Failover, Overflow, Shifted, FreshWait, Core];
}
