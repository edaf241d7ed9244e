using Xdt.Catalog.Replication;
namespace Xdt.Storefront.Freshness;

/// <summary>The body of <c>GET /_xdt/freshness</c> (see docs/ARCHITECTURE.md).</summary>
public sealed record FreshnessResponse(
    string Region, string AppliedLsn, string? AsOf, string? LastHeartbeat, long LagEvents, double? LagMs, int Partitions,
    RebuildCopy? Rebuilding)
{
    public static FreshnessResponse From(string region, FreshnessSnapshot snapshot, DateTimeOffset now) => new(
        region,
        snapshot.AppliedLsnText,
        snapshot.AsOf is { } asOf ? FreshnessSnapshot.FormatTime(asOf) : null,
        snapshot.LastHeartbeat is { } heartbeat ? FreshnessSnapshot.FormatTime(heartbeat) : null,
        snapshot.LagEvents,
        snapshot.AsOf is { } time ? Math.Max(0, Math.Round((now - time).TotalMilliseconds, 1)) : null,
        snapshot.Partitions,
        snapshot.Rebuilding);
}
