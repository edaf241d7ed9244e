using Npgsql;

namespace Xdt.Tests.World;

/// <summary>
/// A checksum of the live catalog rows of one database, comparable between the primary and a replica
/// (a replica's tombstones are not live rows).
/// </summary>
public static class CatalogSnapshot
{
    public static async Task<string> ChecksumAsync(string connectionString, bool replica)
    {
        var live = replica ? "where not deleted" : "";
        var sql = $"""
            select
              (select coalesce(md5(string_agg(concat_ws('|', id, seller_id, slug, name, custom_domain, currency), E'\n' order by id)), '-')
                 from catalog.stores {live})
              || '/' ||
              (select coalesce(md5(string_agg(concat_ws('|', id, store_id, sku, title, description, price, stock, image_url), E'\n' order by id)), '-')
                 from catalog.products {live})
              || '/' || (select count(*) from catalog.products {live})
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until every replica's live catalog equals the primary's, and returns the common checksum.</summary>
    public static Task<string> WaitForReplicasToEqualPrimaryAsync(XdtWorld world, TimeSpan timeout) =>
        WaitForReplicasToEqualPrimaryAsync(world.Host, timeout, world.DescribeResources);

    /// <inheritdoc cref="WaitForReplicasToEqualPrimaryAsync(XdtWorld, TimeSpan)"/>
    public static async Task<string> WaitForReplicasToEqualPrimaryAsync(WorldHost world, TimeSpan timeout, Func<string>? describe = null)
    {
        var primary = await world.GetConnectionStringAsync("primary");
        var expected = await ChecksumAsync(primary, replica: false);
        foreach (var region in world.Regions)
        {
            var replica = await world.GetConnectionStringAsync($"replica-{region.Name}");
            await Eventually.HoldsAsync(() => ChecksumAsync(replica, replica: true), actual => actual == expected, timeout,
                $"replica-{region.Name} to equal the primary ({expected}); the world: {describe?.Invoke()}");
        }

        return expected;
    }
}
