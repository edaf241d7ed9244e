using System.ComponentModel.DataAnnotations;
using Xdt.Catalog.Changes;

namespace Xdt.Replicator.Status;

/// <summary>How the region's lag is read (<c>Xdt:Replicator</c>).</summary>
public sealed class LagOptions
{
    public const string Section = "Xdt:Replicator";

    /// <summary>
    /// The capture's heartbeat interval (<c>Capture:HeartbeatInterval</c>): a partition whose newest heartbeat is older
    /// than this is waiting for one that is overdue, and its lag grows by the time it is overdue.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan HeartbeatInterval { get; set; } = LogicalMessage.DefaultHeartbeatInterval;
}
