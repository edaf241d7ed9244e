using System.ComponentModel.DataAnnotations;
using Xdt.Catalog.Changes;

namespace Xdt.Capture;

/// <summary>Section <c>Capture</c>. Connection strings come from <c>ConnectionStrings:primary</c> and <c>ConnectionStrings:kafka</c>.</summary>
public sealed class CaptureOptions
{
    public const string SectionName = "Capture";
    public const string PrimaryConnectionName = "primary";
    public const string KafkaConnectionName = "kafka";

    /// <summary>Durable logical replication slot; its confirmed position is where a restart resumes.</summary>
    [Required, RegularExpression("^[a-z0-9_]{1,63}$")]
    public string SlotName { get; set; } = "xdt_capture";

    [Required]
    public string Publication { get; set; } = "xdt_catalog";

    [Required]
    public string Topic { get; set; } = ChangeTopics.ProductUpdates;

    /// <summary>How often a heartbeat message is committed on the primary (and so reaches every partition).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = LogicalMessage.DefaultHeartbeatInterval;

    /// <summary>How often the slot's retained WAL is read for the metrics.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SlotRetentionInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Events handed to the producer but not yet acknowledged; reading the slot pauses above this.</summary>
    [Range(100, 1_000_000)]
    public int MaxInFlightEvents { get; set; } = 50_000;

    [Range(0, 1000)]
    public int LingerMs { get; set; } = 1;
}
