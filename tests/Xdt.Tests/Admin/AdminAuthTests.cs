using System.Net;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Integration)]
[Collection(AdminCollection.Name)]
public sealed class AdminAuthTests(AdminApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-key")]
    public async Task Stores_MissingOrUnknownKey_Returns401Problem(string? key)
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task CreateProduct_NoKey_Returns401AndWritesNothing()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/admin/api/stores/demo/products", null,
            """{"sku":"NOKEY-1","title":"x","price":1,"stock":1}""");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var check = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores/demo/products/NOKEY-1", AdminCalls.DemoKey);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }

    [Fact]
    public async Task Stores_DemoKey_ListsOnlyOwnStores()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores", AdminCalls.DemoKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slugs = (await response.JsonAsync()).EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ToList();
        Assert.Contains("demo", slugs);
        Assert.DoesNotContain("acme", slugs);
    }

    [Theory]
    [InlineData("GET", "/admin/api/stores/acme/products", null)]
    [InlineData("POST", "/admin/api/stores/acme/products", """{"sku":"STEAL-1","title":"x","price":1,"stock":1}""")]
    [InlineData("PATCH", "/admin/api/stores/acme/products/ACME-ANV-1", """{"price":0}""")]
    [InlineData("DELETE", "/admin/api/stores/acme/products/ACME-ANV-1", null)]
    public async Task Products_OtherSellersStore_Returns403AndChangesNothing(string method, string path, string? body)
    {
        using var response = await _client.SendAsync(new HttpMethod(method), path, AdminCalls.DemoKey, body);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        using var anvil = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores/acme/products/ACME-ANV-1", AdminCalls.AcmeKey);
        Assert.Equal(HttpStatusCode.OK, anvil.StatusCode);
        Assert.Equal(249.99m, (await anvil.JsonAsync()).GetProperty("price").GetDecimal());
        using var stolen = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores/acme/products/STEAL-1", AdminCalls.AcmeKey);
        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
    }

    [Fact]
    public async Task Products_UnknownStore_Returns404()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores/no-such-store/products", AdminCalls.DemoKey);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
