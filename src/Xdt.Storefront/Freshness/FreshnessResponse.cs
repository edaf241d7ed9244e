using Xdt.Catalog.Replication;

namespace Xdt.Storefront.Freshness;

/// <summary>
/// The body of <c>GET /_xdt/freshness</c> (see docs/ARCHITECTURE.md). <see cref="LagMs"/> is the age of <see cref="AsOf"/>
/// (the conservative guarantee; on an idle primary a saw-tooth up to one heartbeat interval), <see cref="HeartbeatLagMs"/>
/// the heartbeat-driven lag of the <c>xdt.replicator.lag</c> gauge (<see cref="HeartbeatLagRule"/>): milliseconds when
/// idle, growing with a backlog or a cut-off region. The operator console's map shows the latter.
/// </summary>
public sealed record FreshnessResponse(
    string Region, string AppliedLsn, string? AsOf, string? LastHeartbeat, long LagEvents, double? LagMs, double? HeartbeatLagMs,
    int Partitions, RebuildCopy? Rebuilding)
{
    public static FreshnessResponse From(string region, FreshnessSnapshot snapshot, DateTimeOffset now, TimeSpan heartbeatInterval) => new(
        region,
        snapshot.AppliedLsnText,
        snapshot.AsOf is { } asOf ? FreshnessSnapshot.FormatTime(asOf) : null,
        snapshot.LastHeartbeat is { } heartbeat ? FreshnessSnapshot.FormatTime(heartbeat) : null,
        snapshot.LagEvents,
        snapshot.AsOf is { } time ? Math.Max(0, Math.Round((now - time).TotalMilliseconds, 1)) : null,
        snapshot.LastHeartbeat is { } beat
            ? Math.Round(HeartbeatLagRule.Of(beat, snapshot.HeartbeatApplyDelay ?? TimeSpan.Zero, now, heartbeatInterval).TotalMilliseconds, 1)
            : null,
        snapshot.Partitions,
        snapshot.Rebuilding);
}
