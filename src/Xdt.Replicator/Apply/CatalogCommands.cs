using Npgsql;
using NpgsqlTypes;
using Xdt.Replicator.Mapping;

namespace Xdt.Replicator.Apply;

/// <summary>
/// The apply rule as SQL: a change lands only when its LSN is newer than the row's <c>source_lsn</c>; a delete is the
/// same upsert with <c>deleted = true</c>, so a tombstone keeps its LSN and an older insert or update cannot revive it.
/// One statement per event keeps the primary's order inside a transaction (a multi-row statement could not, e.g.
/// when two rows swap a unique slug); the statements travel together in one <see cref="NpgsqlBatch"/>.
/// </summary>
public static class CatalogCommands
{
    private const string UpsertStore = """
        insert into catalog.stores as t (id, seller_id, slug, name, custom_domain, currency, created_at, updated_at, source_lsn, deleted)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        on conflict (id) do update set
            seller_id = excluded.seller_id, slug = excluded.slug, name = excluded.name,
            custom_domain = excluded.custom_domain, currency = excluded.currency,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            source_lsn = excluded.source_lsn, deleted = excluded.deleted
        where excluded.source_lsn > t.source_lsn
        """;

    private const string UpsertProduct = """
        insert into catalog.products as t (id, store_id, sku, title, description, price, stock, image_url, created_at, updated_at, source_lsn, deleted)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        on conflict (id) do update set
            store_id = excluded.store_id, sku = excluded.sku, title = excluded.title,
            description = excluded.description, price = excluded.price, stock = excluded.stock,
            image_url = excluded.image_url, created_at = excluded.created_at, updated_at = excluded.updated_at,
            source_lsn = excluded.source_lsn, deleted = excluded.deleted
        where excluded.source_lsn > t.source_lsn
        """;

    public static NpgsqlBatchCommand Upsert(RowChange change) => change.Row switch
    {
        StoreRow store => Command(UpsertStore,
            Value(store.Id), Value(store.SellerId), Value(store.Slug), Value(store.Name), Text(store.CustomDomain),
            Value(store.Currency), Value(store.CreatedAt.ToUniversalTime()), Value(store.UpdatedAt.ToUniversalTime()),
            Lsn(change.Lsn), Value(change.Deleted)),
        ProductRow product => Command(UpsertProduct,
            Value(product.Id), Value(product.StoreId), Value(product.Sku), Value(product.Title), Value(product.Description),
            Value(product.Price), Value(product.Stock), Text(product.ImageUrl), Value(product.CreatedAt.ToUniversalTime()),
            Value(product.UpdatedAt.ToUniversalTime()), Lsn(change.Lsn), Value(change.Deleted)),
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
