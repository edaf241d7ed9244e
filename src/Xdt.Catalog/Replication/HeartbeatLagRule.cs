namespace Xdt.Catalog.Replication;

/// <summary>
/// The region's heartbeat-driven lag from its partitions' figures, one rule for the replicator's
/// <c>xdt.replicator.lag</c> gauge and the storefront's <c>heartbeatLagMs</c> (the operator console's map): the larger of
/// how late the partitions' newest heartbeats were applied and how overdue the oldest partition's next heartbeat is, never
/// negative (docs/ARCHITECTURE.md, "Heartbeat-driven lag"). Per partition it is max(late, overdue); over partitions the
/// maximum of that is max(largest late, now − oldest heartbeat − interval), so two figures per region are enough.
/// </summary>
public static class HeartbeatLagRule
{
    /// <param name="oldestHeartbeat">The slowest partition's newest heartbeat (the primary's commit time).</param>
    /// <param name="latestApply">The largest apply delay among the partitions' newest heartbeats; zero when none is known.</param>
    public static TimeSpan Of(DateTimeOffset oldestHeartbeat, TimeSpan latestApply, DateTimeOffset now, TimeSpan heartbeatInterval)
    {
        var overdue = now - oldestHeartbeat - heartbeatInterval;
        var lag = latestApply > overdue ? latestApply : overdue;
        return lag > TimeSpan.Zero ? lag : TimeSpan.Zero;
    }
}
