using System.Text.Json.Serialization;

namespace Xdt.Catalog.Changes;

/// <summary>Debezium's <c>source</c> block: where and when a change happened on the primary.</summary>
public sealed record ChangeSource
{
    [JsonPropertyName("version")] public string Version { get; init; } = "xdt-1";
    [JsonPropertyName("connector")] public string Connector { get; init; } = "postgresql";
    [JsonPropertyName("name")] public string Name { get; init; } = "xdt";
    [JsonPropertyName("db")] public required string Db { get; init; }
    [JsonPropertyName("schema")] public string? Schema { get; init; }
    [JsonPropertyName("table")] public string? Table { get; init; }

    /// <summary>The primary's transaction id (null for snapshot rows).</summary>
    [JsonPropertyName("txId")] public long? TxId { get; init; }

    /// <summary>WAL position of this change (for snapshot rows: the snapshot's consistent point).</summary>
    [JsonPropertyName("lsn")] public required ulong Lsn { get; init; }

    /// <summary>End position of the commit that carried the change; what a region has applied up to and what bookmarks compare with.</summary>
    [JsonPropertyName("commit_lsn")] public required ulong CommitLsn { get; init; }

    /// <summary>Commit time on the primary, ms since the Unix epoch.</summary>
    [JsonPropertyName("ts_ms")] public required long TsMs { get; init; }

    /// <summary>"true", "last" or "false", as Debezium writes it.</summary>
    [JsonPropertyName("snapshot")] public string Snapshot { get; init; } = "false";
}
