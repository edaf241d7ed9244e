using Xdt.Catalog.Changes;
using Xdt.Catalog.Replication;

namespace Xdt.Storefront.Freshness;

/// <summary>
/// The region's replication progress: watermark = min applied LSN over the topic's partitions, as-of = min commit
/// time (null until every partition has applied something), lag in events, the rebuild under way, if any, and how late
/// the partitions' newest heartbeats were applied (null when no apply time is known, e.g. right after a rebuild).
/// </summary>
public sealed record FreshnessSnapshot(
    int Partitions, ulong AppliedLsn, DateTimeOffset? AsOf, DateTimeOffset? LastHeartbeat, long LagEvents, RebuildCopy? Rebuilding = null,
    TimeSpan? HeartbeatApplyDelay = null)
{
    public static FreshnessSnapshot Empty { get; } = new(0, 0, null, null, 0);

    public string AppliedLsnText => Lsn.Format(AppliedLsn);

    /// <summary>
    /// The <c>X-Xdt-Data-As-Of</c> header: <c>lsn=0/16B3748; time=2026-11-24T22:10:00.123Z</c>, and while the replica is
    /// being rebuilt <c>; stale=rebuilding; progress=37%</c> — the rows served are older than the region could be.
    /// </summary>
    public string ToHeaderValue()
    {
        var value = $"lsn={AppliedLsnText}; time={(AsOf is { } asOf ? FormatTime(asOf) : "none")}";
        return Rebuilding is { } rebuild ? $"{value}; stale=rebuilding; progress={rebuild.ProgressText}" : value;
    }

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
