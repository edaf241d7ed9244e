using Xdt.Catalog.Changes;

namespace Xdt.Storefront.Freshness;

/// <summary>
/// The region's replication progress: watermark = min applied LSN over the topic's partitions, as-of = min commit
/// time (null until every partition has applied something), and lag in events.
/// </summary>
public sealed record FreshnessSnapshot(int Partitions, ulong AppliedLsn, DateTimeOffset? AsOf, DateTimeOffset? LastHeartbeat, long LagEvents)
{
    public static FreshnessSnapshot Empty { get; } = new(0, 0, null, null, 0);

    public string AppliedLsnText => Lsn.Format(AppliedLsn);

    /// <summary>The <c>X-Xdt-Data-As-Of</c> header: <c>lsn=0/16B3748; time=2026-11-24T22:10:00.123Z</c>.</summary>
    public string ToHeaderValue() => $"lsn={AppliedLsnText}; time={(AsOf is { } asOf ? FormatTime(asOf) : "none")}";

    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
