using System.Text.Json.Nodes;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Replicator;

/// <summary>Hand-made change envelopes, shaped as the capture publishes them.</summary>
public static class ChangeEvents
{
    public static readonly DateTimeOffset Created = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    public static JsonObject Product(long id, long storeId, string sku, decimal price = 10m, int stock = 5, string title = "Mug") => new()
    {
        ["id"] = id,
        ["store_id"] = storeId,
        ["sku"] = sku,
        ["title"] = title,
        ["description"] = "",
        ["price"] = price,
        ["stock"] = stock,
        ["image_url"] = null,
        ["created_at"] = Created.ToString("O"),
        ["updated_at"] = Created.ToString("O"),
    };

    public static JsonObject Store(long id, string slug, string? customDomain = null) => new()
    {
        ["id"] = id,
        ["seller_id"] = 1,
        ["slug"] = slug,
        ["name"] = "Store " + slug,
        ["custom_domain"] = customDomain,
        ["currency"] = "EUR",
        ["created_at"] = Created.ToString("O"),
        ["updated_at"] = Created.ToString("O"),
    };

    public static ChangeEnvelope Row(
        string table,
        string op,
        JsonObject image,
        ulong lsn,
        ulong? commitLsn = null,
        ChangeTransaction? transaction = null) => new()
    {
        Before = op == ChangeOperations.Delete ? image : null,
        After = op == ChangeOperations.Delete ? null : image,
        Source = new ChangeSource
        {
            Db = "xdt",
            Schema = "catalog",
            Table = table,
            TxId = 700,
            Lsn = lsn,
            CommitLsn = commitLsn ?? lsn,
            TsMs = Created.AddMilliseconds((long)(lsn % 1_000_000)).ToUnixTimeMilliseconds(),
            Snapshot = op == ChangeOperations.Read ? "true" : "false",
        },
        Op = op,
        TsMs = Created.ToUnixTimeMilliseconds(),
        Transaction = transaction,
    };

    public static ChangeEnvelope Heartbeat(ulong commitLsn, DateTimeOffset commitTime) => new()
    {
        Source = new ChangeSource { Db = "xdt", Lsn = commitLsn, CommitLsn = commitLsn, TsMs = commitTime.ToUnixTimeMilliseconds() },
        Op = ChangeOperations.Message,
        TsMs = commitTime.ToUnixTimeMilliseconds(),
        Message = new LogicalMessage { Prefix = LogicalMessage.HeartbeatPrefix },
    };

    public static ChangeTransaction Transaction(string id, int order, int count) => new()
    {
        Id = id,
        TotalOrder = order,
        DataCollectionOrder = order,
        PartitionEventOrder = order,
        PartitionEventCount = count,
    };

    public static byte[] Bytes(ChangeEnvelope envelope) => ChangeJson.Serialize(envelope);
}
