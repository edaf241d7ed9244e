using Npgsql;

namespace Xdt.Bench.Replication;

/// <summary>
/// The benchmark's own stores and products, written straight into the primary (set-up is not measured). Several
/// stores, because changes are partitioned by store: many sellers' updates spread over the topic's partitions.
/// </summary>
public static class BenchStore
{
    public const string SlugPrefix = "bench-replication-";

    public static string Slug(int store) => SlugPrefix + store.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<long[]> CreateAsync(string primaryConnectionString, int stores, int productsPerStore)
    {
        var ids = new long[stores];
        for (var i = 0; i < stores; i++)
        {
            ids[i] = await CreateStoreAsync(primaryConnectionString, Slug(i), productsPerStore);
        }

        return ids;
    }

    private static async Task<long> CreateStoreAsync(string primaryConnectionString, string slug, int products)
    {
        await using var connection = new NpgsqlConnection(primaryConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            with seller as (select seller_id as id from catalog.stores where slug = 'demo'),
            store as (
                insert into catalog.stores (seller_id, slug, name, currency)
                select id, @slug, 'Replication benchmark', 'USD' from seller
                returning id)
            insert into catalog.products (store_id, sku, title, description, price, stock)
            select store.id, 'BENCH-' || lpad(n::text, 5, '0'), 'Bench item ' || n, 'benchmark', 1.00, 100
            from store, generate_series(0, @products - 1) n
            returning store_id
            """, connection);
        command.Parameters.AddWithValue("slug", slug);
        command.Parameters.AddWithValue("products", products);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> LiveProductsAsync(string connectionString, long[] storeIds)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from catalog.products where store_id = any(@stores)", connection);
        command.Parameters.AddWithValue("stores", storeIds);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
