using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Xdt.Admin.Seeding;
using Xdt.Catalog.Schema;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Integration)]
[Collection(AdminCollection.Name)]
public sealed class AdminSeedingTests(AdminApiFixture fixture)
{
    [Fact]
    public async Task Seed_ConcurrentStarts_CreateEachSellerOnce()
    {
        var connectionString = await fixture.Postgres.CreateDatabaseAsync("seed").WaitAsync(AdminApiFixture.Timeout);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, DatabaseRole.Primary).MigrateAsync().WaitAsync(AdminApiFixture.Timeout);

        var seeders = Enumerable.Range(0, 4)
            .Select(_ => new CatalogSeeder(dataSource, Options.Create(new SeedOptions()), NullLogger<CatalogSeeder>.Instance))
            .ToList();
        await Task.WhenAll(seeders.Select(s => s.SeedAsync(CancellationToken.None))).WaitAsync(AdminApiFixture.Timeout);
        await seeders[0].SeedAsync(CancellationToken.None).WaitAsync(AdminApiFixture.Timeout);

        Assert.Equal(2L, await ScalarAsync(dataSource, "select count(*) from catalog.sellers"));
        Assert.Equal(2L, await ScalarAsync(dataSource, "select count(*) from catalog.stores"));
        Assert.True((long)(await ScalarAsync(dataSource, "select count(*) from catalog.products p join catalog.stores s on s.id = p.store_id where s.slug = 'demo'"))! >= 20);
    }

    [Fact]
    public async Task Seed_ApiKeys_AreStoredOnlyAsSha256()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = dataSource.CreateCommand("select name, api_key_hash from catalog.sellers order by id");
        await using var reader = await command.ExecuteReaderAsync().WaitAsync(AdminApiFixture.Timeout);
        var hashes = new Dictionary<string, byte[]>();
        while (await reader.ReadAsync().WaitAsync(AdminApiFixture.Timeout))
        {
            hashes[reader.GetString(0)] = (byte[])reader[1];
        }

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes("xdt-demo-key")), hashes["Demo Seller"]);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes("xdt-acme-key")), hashes["Acme Traders"]);
        Assert.DoesNotContain(hashes.Values, h => Encoding.UTF8.GetString(h).Contains("xdt-"));
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync().WaitAsync(AdminApiFixture.Timeout);
    }
}
