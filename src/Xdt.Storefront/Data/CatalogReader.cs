using System.Diagnostics;
using Npgsql;
using Xdt.Storefront.Telemetry;

namespace Xdt.Storefront.Data;

/// <summary>
/// The storefront's page queries: one statement, one round trip per page, live rows only. The store row comes
/// back even when it has no (matching) product, so "unknown store" and "unknown product" can be told apart.
/// </summary>
public sealed class CatalogReader(NpgsqlDataSource dataSource)
{
    /// <summary>Products shown on a store's home page; the grid is not paged.</summary>
    public const int MaxProductsOnHome = 500;

    private const string HomeSql = """
        select s.slug, s.name, s.currency, s.custom_domain, p.sku, p.title, p.price, p.stock, p.image_url
        from catalog.stores s
        left join lateral (
            select id, sku, title, price, stock, image_url from catalog.products
            where store_id = s.id and not deleted order by id limit 500) p on true
        where s.{0} = $1 and not s.deleted
        order by p.id
        """;

    private const string ProductSql = """
        select s.slug, s.name, s.currency, s.custom_domain, p.sku, p.title, p.price, p.stock, p.image_url, p.description,
               p.change_trace_parent
        from catalog.stores s
        left join catalog.products p on p.store_id = s.id and p.sku = $2 and not p.deleted
        where s.{0} = $1 and not s.deleted
        """;

    private static readonly string HomeBySlug = string.Format(HomeSql, "slug");
    private static readonly string HomeByDomain = string.Format(HomeSql, "custom_domain");
    private static readonly string ProductBySlug = string.Format(ProductSql, "slug");
    private static readonly string ProductByDomain = string.Format(ProductSql, "custom_domain");

    public async Task<StoreHome?> GetStoreHomeAsync(StoreKey key, CancellationToken cancellationToken)
    {
        using var activity = StorefrontTelemetry.Source.StartActivity("storefront query home");
        var started = Stopwatch.GetTimestamp();
        await using var command = dataSource.CreateCommand(key.Kind == StoreKeyKind.Slug ? HomeBySlug : HomeByDomain);
        command.Parameters.Add(new NpgsqlParameter { Value = key.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        StoreSummary? store = null;
        var products = new List<ProductSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            store ??= ReadStore(reader);
            if (!reader.IsDBNull(4))
            {
                products.Add(ReadProduct(reader, description: string.Empty));
            }
        }

        StorefrontTelemetry.RecordQuery("home", Stopwatch.GetElapsedTime(started));
        return store is null ? null : new StoreHome(store, products);
    }

    public async Task<ProductPage?> GetProductPageAsync(StoreKey key, string sku, CancellationToken cancellationToken)
    {
        using var activity = StorefrontTelemetry.Source.StartActivity("storefront query product");
        var started = Stopwatch.GetTimestamp();
        await using var command = dataSource.CreateCommand(key.Kind == StoreKeyKind.Slug ? ProductBySlug : ProductByDomain);
        command.Parameters.Add(new NpgsqlParameter { Value = key.Value });
        command.Parameters.Add(new NpgsqlParameter { Value = sku });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        ProductPage? page = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            var product = reader.IsDBNull(4) ? null : ReadProduct(reader, reader.GetString(9));
            page = new ProductPage(ReadStore(reader), product, reader.IsDBNull(10) ? null : reader.GetString(10));
        }

        StorefrontTelemetry.RecordQuery("product", Stopwatch.GetElapsedTime(started));
        return page;
    }

    private static StoreSummary ReadStore(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2).Trim(), reader.IsDBNull(3) ? null : reader.GetString(3));

    private static ProductSummary ReadProduct(NpgsqlDataReader reader, string description) =>
        new(reader.GetString(4), reader.GetString(5), description, reader.GetDecimal(6), reader.GetInt32(7),
            reader.IsDBNull(8) ? null : reader.GetString(8));
}
