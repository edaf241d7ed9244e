using System.ComponentModel.DataAnnotations;
using Xdt.Catalog.Changes;

namespace Xdt.Storefront.Freshness;

public sealed class FreshnessOptions
{
    public const string Section = "Storefront:Freshness";

    /// <summary>
    /// How long one reading of replication.partitions is reused. Every response carries it and the edge router polls
    /// it several times a second; a slightly old reading only under-states freshness, never over-states it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The capture's heartbeat interval (<c>Capture:HeartbeatInterval</c>, like the replicator's
    /// <c>Xdt:Replicator:HeartbeatInterval</c>): a heartbeat older than this is overdue, and <c>heartbeatLagMs</c> grows
    /// by the time it is overdue.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan HeartbeatInterval { get; set; } = LogicalMessage.DefaultHeartbeatInterval;
}
