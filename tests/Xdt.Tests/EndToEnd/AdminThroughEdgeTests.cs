using System.Net;
using System.Text.Json;
using Npgsql;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>Sellers reach the admin through the one public entry; bad calls are refused and change nothing.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ThreeRegionWorldCollection.Name)]
public sealed class AdminThroughEdgeTests(ThreeRegionWorld world)
{
    [Fact]
    public async Task Admin_MissingKey_Is401ProblemDetails()
    {
        using var edge = world.CreateEdgeClient();

        using var response = await edge.GetAsync("/admin/api/stores");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Admin_UnknownKey_Is401()
    {
        using var edge = world.CreateEdgeClient();

        using var response = await new SellerClient(edge, "not-a-key").SendAsync(HttpMethod.Get, "/admin/api/stores");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Admin_AnotherSellersStore_Is403AndNothingChanges()
    {
        using var edge = world.CreateEdgeClient();
        var acme = new SellerClient(edge, WorldSettings.AcmeSellerKey);
        var before = await PrimaryProductCountAsync("demo");

        using var response = await acme.SendAsync(HttpMethod.Post, "/admin/api/stores/demo/products",
            new { sku = "HIJACK-1", title = "Not mine", description = "", price = 1.00m, stock = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await PrimaryProductCountAsync("demo"));
    }

    [Fact]
    public async Task Admin_InvalidFields_Is400ListingEachFieldAndNothingChanges()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var before = await PrimaryProductCountAsync("demo");

        using var response = await seller.SendAsync(HttpMethod.Post, "/admin/api/stores/demo/products",
            new { sku = "bad sku!", title = "", description = "x", price = -5m, stock = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "sku", "title", "price", "stock" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for '{field}' in {errors}");
        }

        Assert.Equal(before, await PrimaryProductCountAsync("demo"));
    }

    [Fact]
    public async Task Admin_Write_ReturnsBookmarkCookie()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("bookmark");

        using var response = await seller.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products",
            new { sku = "BM-1", title = "Bookmarked", description = "", price = 3.5m, stock = 1 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(XdtCookies.Bookmark + "=", StringComparison.Ordinal));
    }

    private async Task<long> PrimaryProductCountAsync(string slug)
    {
        await using var connection = new NpgsqlConnection(await world.GetConnectionStringAsync("primary"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from catalog.products p join catalog.stores s on s.id = p.store_id where s.slug = @slug", connection);
        command.Parameters.AddWithValue("slug", slug);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
