using System.Text.Json.Serialization;

namespace Xdt.Catalog.Changes;

/// <summary>
/// Debezium's <c>transaction</c> block, plus what a replicator needs to apply one primary transaction atomically:
/// the capture publishes a transaction's events for one partition contiguously, numbered 1..count.
/// </summary>
public sealed record ChangeTransaction
{
    /// <summary>"{txId}:{commitLsn}", unique per committed transaction.</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>Position of the event among all events of the transaction (1-based).</summary>
    [JsonPropertyName("total_order")] public required long TotalOrder { get; init; }

    /// <summary>Position of the event among the transaction's events of the same table (1-based).</summary>
    [JsonPropertyName("data_collection_order")] public required long DataCollectionOrder { get; init; }

    /// <summary>Position among the transaction's events on this partition (1-based).</summary>
    [JsonPropertyName("partition_event_order")] public required int PartitionEventOrder { get; init; }

    /// <summary>How many events of the transaction are on this partition.</summary>
    [JsonPropertyName("partition_event_count")] public required int PartitionEventCount { get; init; }
}
