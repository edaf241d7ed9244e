using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Xdt.Catalog.Changes;

/// <summary>
/// One change event as published to <see cref="ChangeTopics.ProductUpdates"/>: Debezium's envelope
/// (<c>before</c>, <c>after</c>, <c>source</c>, <c>op</c>, <c>ts_ms</c>, <c>transaction</c>, <c>message</c>).
/// Row images use the table's column names; values are JSON numbers, strings (timestamps as ISO 8601) and booleans.
/// </summary>
public sealed record ChangeEnvelope
{
    [JsonPropertyName("before")] public JsonObject? Before { get; init; }
    [JsonPropertyName("after")] public JsonObject? After { get; init; }
    [JsonPropertyName("source")] public required ChangeSource Source { get; init; }
    [JsonPropertyName("op")] public required string Op { get; init; }

    /// <summary>When the capture service produced the event, ms since the Unix epoch.</summary>
    [JsonPropertyName("ts_ms")] public required long TsMs { get; init; }

    [JsonPropertyName("transaction")] public ChangeTransaction? Transaction { get; init; }

    [JsonPropertyName("message")] public LogicalMessage? Message { get; init; }

    [JsonIgnore] public bool IsHeartbeat => Op == ChangeOperations.Message && Message?.Prefix == LogicalMessage.HeartbeatPrefix;
}
