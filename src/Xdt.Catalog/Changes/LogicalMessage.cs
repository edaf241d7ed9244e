using System.Text.Json.Serialization;

namespace Xdt.Catalog.Changes;

/// <summary>Debezium's <c>message</c> block for op "m".</summary>
public sealed record LogicalMessage
{
    public const string HeartbeatPrefix = "xdt.heartbeat";

    /// <summary>
    /// A writer's W3C <c>traceparent</c>, emitted in the same transaction as its change (<see cref="ChangeTrace"/>);
    /// the capture reads it and publishes nothing for it.
    /// </summary>
    public const string TracePrefix = "xdt.trace";

    /// <summary>
    /// How often the capture commits a heartbeat unless configured otherwise; the replicators read a heartbeat as overdue
    /// (and their lag as growing) only after this long.
    /// </summary>
    public static TimeSpan DefaultHeartbeatInterval { get; } = TimeSpan.FromSeconds(1);

    [JsonPropertyName("prefix")] public required string Prefix { get; init; }

    /// <summary>Base64 of the message bytes, as Debezium encodes it.</summary>
    [JsonPropertyName("content")] public string Content { get; init; } = "";
}
