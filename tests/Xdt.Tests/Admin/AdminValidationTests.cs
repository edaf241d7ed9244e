using System.Net;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Integration)]
[Collection(AdminCollection.Name)]
public sealed class AdminValidationTests(AdminApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task CreateProduct_InvalidFields_Returns400ListingEveryFieldAndWritesNothing()
    {
        var slug = await _client.CreateOwnStoreAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
            """{"sku":"bad sku","title":"","description":"ok","price":-1.234,"stock":2.5,"image":"javascript:alert(1)","color":"red"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["color", "image", "price", "sku", "stock", "title"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(0, await CountProductsAsync(slug));
    }

    [Fact]
    public async Task PatchProduct_InvalidPrice_Returns400AndKeepsProduct()
    {
        var slug = await _client.CreateOwnStoreAsync();
        using var created = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
            """{"sku":"KEEP-1","title":"Keep me","price":10,"stock":1}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var response = await _client.SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/KEEP-1", AdminCalls.DemoKey,
            """{"price":10.001,"title":"Changed"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var check = await _client.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}/products/KEEP-1", AdminCalls.DemoKey);
        var product = await check.JsonAsync();
        Assert.Equal("Keep me", product.GetProperty("title").GetString());
        Assert.Equal(10m, product.GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task CreateStore_InvalidFields_Returns400ListingEveryFieldAndCreatesNothing()
    {
        var before = await _client.StoresSnapshotAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/admin/api/stores", AdminCalls.DemoKey,
            """{"slug":"Bad Slug!","name":" ","currency":"yuan","customDomain":"https://shop.test/x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["currency", "customDomain", "name", "slug"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(before, await _client.StoresSnapshotAsync());
    }

    [Fact]
    public async Task CreateStore_DuplicateSlugOrDomain_Returns409()
    {
        using var slug = await _client.SendAsync(HttpMethod.Post, "/admin/api/stores", AdminCalls.DemoKey,
            """{"slug":"acme","name":"Copy","currency":"EUR"}""");
        Assert.Equal(HttpStatusCode.Conflict, slug.StatusCode);
        Assert.Equal("slug", (await slug.JsonAsync()).GetProperty("field").GetString());

        using var domain = await _client.SendAsync(HttpMethod.Post, "/admin/api/stores", AdminCalls.DemoKey,
            """{"slug":"t-domain-copy","name":"Copy","currency":"EUR","customDomain":"ACME.xdt.test"}""");
        Assert.Equal(HttpStatusCode.Conflict, domain.StatusCode);
        Assert.Equal("customDomain", (await domain.JsonAsync()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Products_DuplicateSku_Returns409OnCreateAndRename()
    {
        var slug = await _client.CreateOwnStoreAsync();
        foreach (var sku in new[] { "DUP-1", "DUP-2" })
        {
            using var created = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
                $$"""{"sku":"{{sku}}","title":"Item","price":1,"stock":1}""");
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var again = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
            """{"sku":"DUP-1","title":"Other","price":2,"stock":2}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var rename = await _client.SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/DUP-2", AdminCalls.DemoKey,
            """{"sku":"DUP-1"}""");
        Assert.Equal(HttpStatusCode.Conflict, rename.StatusCode);
        Assert.Equal(2, await CountProductsAsync(slug));
    }

    private async Task<int> CountProductsAsync(string slug)
    {
        using var response = await _client.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetArrayLength();
    }
}
