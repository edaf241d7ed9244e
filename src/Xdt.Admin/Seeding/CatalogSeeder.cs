using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.Admin.Auth;

namespace Xdt.Admin.Seeding;

/// <summary>
/// Creates the demo sellers once. Safe when several admin processes start together: a transaction-scoped advisory
/// lock serialises them, and a seller that already exists (by key hash) is left exactly as it is, so products its
/// owner deleted do not come back on the next start.
/// </summary>
public sealed partial class CatalogSeeder(NpgsqlDataSource dataSource, IOptions<SeedOptions> options, ILogger<CatalogSeeder> logger)
{
    private const long SeedLockKey = 0x58_44_54_5F_53_45_45_44; // "XDT_SEED"

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value;
        if (!seed.Enabled)
        {
            return;
        }

        SeedSeller[] sellers =
        [
            new("Demo Seller", seed.DemoSellerKey, DemoCatalog.DemoStore),
            new("Acme Traders", seed.AcmeSellerKey, DemoCatalog.AcmeStore),
        ];

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter { Value = SeedLockKey });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var seller in sellers)
        {
            await SeedSellerAsync(connection, transaction, seller, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedSellerAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, SeedSeller seller, CancellationToken cancellationToken)
    {
        await using var insertSeller = new NpgsqlCommand(
            "insert into catalog.sellers (name, api_key_hash) values ($1, $2) on conflict (api_key_hash) do nothing returning id",
            connection, transaction);
        insertSeller.Parameters.Add(new NpgsqlParameter { Value = seller.Name });
        insertSeller.Parameters.Add(new NpgsqlParameter { Value = ApiKeyHasher.Hash(seller.ApiKey) });
        if (await insertSeller.ExecuteScalarAsync(cancellationToken) is not long sellerId)
        {
            return;
        }

        var store = seller.Store;
        await using var insertStore = new NpgsqlCommand(
            """
            insert into catalog.stores (seller_id, slug, name, custom_domain, currency) values ($1, $2, $3, $4, $5)
            on conflict do nothing returning id
            """, connection, transaction);
        insertStore.Parameters.Add(new NpgsqlParameter { Value = sellerId });
        insertStore.Parameters.Add(new NpgsqlParameter { Value = store.Slug });
        insertStore.Parameters.Add(new NpgsqlParameter { Value = store.Name });
        insertStore.Parameters.Add(new NpgsqlParameter { Value = store.CustomDomain });
        insertStore.Parameters.Add(new NpgsqlParameter { Value = store.Currency });
        if (await insertStore.ExecuteScalarAsync(cancellationToken) is not long storeId)
        {
            LogStoreTaken(logger, store.Slug);
            return;
        }

        await using var insertProducts = new NpgsqlCommand(
            """
            insert into catalog.products (store_id, sku, title, description, price, stock, image_url)
            select $1, * from unnest($2::text[], $3::text[], $4::text[], $5::numeric[], $6::integer[], $7::text[])
            """, connection, transaction);
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = storeId });
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = store.Products.Select(p => p.Sku).ToArray() });
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = store.Products.Select(p => p.Title).ToArray() });
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = store.Products.Select(p => p.Description).ToArray() });
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = store.Products.Select(p => p.Price).ToArray() });
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = store.Products.Select(p => p.Stock).ToArray() });
        insertProducts.Parameters.Add(new NpgsqlParameter { Value = store.Products.Select(p => p.Image).ToArray() });
        await insertProducts.ExecuteNonQueryAsync(cancellationToken);
        LogSeeded(logger, seller.Name, store.Slug, store.Products.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded seller {Seller} with store {Slug} and {Count} products")]
    private static partial void LogSeeded(ILogger logger, string seller, string slug, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed store {Slug} not created: the slug or domain is already taken")]
    private static partial void LogStoreTaken(ILogger logger, string slug);
}
