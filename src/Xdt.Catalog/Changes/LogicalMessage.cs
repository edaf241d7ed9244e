using System.Text.Json.Serialization;

namespace Xdt.Catalog.Changes;

/// <summary>Debezium's <c>message</c> block for op "m".</summary>
public sealed record LogicalMessage
{
    public const string HeartbeatPrefix = "xdt.heartbeat";

    [JsonPropertyName("prefix")] public required string Prefix { get; init; }

    /// <summary>Base64 of the message bytes, as Debezium encodes it.</summary>
    [JsonPropertyName("content")] public string Content { get; init; } = "";
}
