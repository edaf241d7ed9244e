using Npgsql;
using NpgsqlTypes;
using Xdt.Replicator.Mapping;

namespace Xdt.Replicator.Apply;

/// <summary>
/// The apply rule as SQL: a change lands only when its LSN is newer than the row's <c>source_lsn</c>; a delete is the
/// same upsert with <c>deleted = true</c>, so a tombstone keeps its LSN and an older insert or update cannot revive it.
/// Statements per event (not one multi-row statement) keep the primary's order inside a transaction, e.g. when two
/// products swap a SKU; they travel together in one <see cref="NpgsqlBatch"/>. A product row version also keeps the
/// <c>traceparent</c> of the apply span that wrote it (null when untraced), for the storefront's first read of it.
/// </summary>
public static class CatalogCommands
{
    private const string UpsertProduct = """
        insert into catalog.products as t (id, store_id, sku, title, description, price, stock, image_url, created_at, updated_at, source_lsn, deleted, change_trace_parent)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        on conflict (id) do update set
            store_id = excluded.store_id, sku = excluded.sku, title = excluded.title,
            description = excluded.description, price = excluded.price, stock = excluded.stock,
            image_url = excluded.image_url, created_at = excluded.created_at, updated_at = excluded.updated_at,
            source_lsn = excluded.source_lsn, deleted = excluded.deleted, replicated_at = clock_timestamp(),
            change_trace_parent = excluded.change_trace_parent
        where excluded.source_lsn > t.source_lsn
        """;

    /// <summary>The statements that apply one change, in order (stores: see <see cref="StoreCommands"/>).</summary>
    /// <param name="traceParent">The W3C <c>traceparent</c> of the apply span writing it, or null when it is not traced.</param>
    public static IEnumerable<NpgsqlBatchCommand> For(RowChange change, string? traceParent) => change.Row switch
    {
        StoreRow store => StoreCommands.For(store, change),
        ProductRow product => [Command(UpsertProduct,
            Value(product.Id), Value(product.StoreId), Value(product.Sku), Value(product.Title), Value(product.Description),
            Value(product.Price), Value(product.Stock), Text(product.ImageUrl), Value(product.CreatedAt.ToUniversalTime()),
            Value(product.UpdatedAt.ToUniversalTime()), Lsn(change.Lsn), Value(change.Deleted), Text(traceParent))],
        _ => throw new ArgumentOutOfRangeException(nameof(change), change.Row.GetType().Name, "Not a replicated table."),
    };

    internal static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    internal static NpgsqlParameter<T> Value<T>(T value) => new() { TypedValue = value };

    internal static NpgsqlParameter Lsn(ulong lsn) =>
        new NpgsqlParameter<NpgsqlLogSequenceNumber> { NpgsqlDbType = NpgsqlDbType.PgLsn, TypedValue = new NpgsqlLogSequenceNumber(lsn) };

    internal static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value is null ? DBNull.Value : value };
}
