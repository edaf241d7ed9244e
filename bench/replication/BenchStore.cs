using Npgsql;

namespace Xdt.Bench.Replication;

/// <summary>The benchmark's own store and products, written straight into the primary (set-up is not measured).</summary>
public static class BenchStore
{
    public const string Slug = "bench-replication";

    public static async Task<long> CreateAsync(string primaryConnectionString, int products)
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
        command.Parameters.AddWithValue("slug", Slug);
        command.Parameters.AddWithValue("products", products);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> LiveProductsAsync(string connectionString, long storeId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from catalog.products where store_id = @store", connection);
        command.Parameters.AddWithValue("store", storeId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
