using System.Text.Json.Serialization;

namespace Xdt.Catalog.Changes;

/// <summary>
/// The Kafka message key. For rows it is the table plus primary key (one topic carries two tables, so the table is part of
/// the key: compaction then keeps the latest version of every row). Heartbeats are keyed by partition so compaction keeps one each.
/// </summary>
public sealed record ChangeKey
{
    [JsonPropertyName("schema")] public string? Schema { get; init; }
    [JsonPropertyName("table")] public string? Table { get; init; }
    [JsonPropertyName("id")] public long? Id { get; init; }
    [JsonPropertyName("heartbeat")] public int? HeartbeatPartition { get; init; }

    public static ChangeKey ForRow(string schema, string table, long id) => new() { Schema = schema, Table = table, Id = id };

    public static ChangeKey ForHeartbeat(int partition) => new() { HeartbeatPartition = partition };
}
