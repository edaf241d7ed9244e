using System.Net;
using System.Text.RegularExpressions;
using Xdt.Catalog.Changes;
using Xdt.HttpContract;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Integration)]
[Collection(AdminCollection.Name)]
public sealed partial class AdminWriteFlowTests(AdminApiFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Product_CreatePatchDelete_EachAnswersWithAdvancingBookmark()
    {
        var slug = await _client.CreateOwnStoreAsync("EUR");

        using var created = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
            """{"sku":"FLOW-1","title":"Flow Tea","description":"Leaves","price":12.5,"stock":7,"image":"https://img.test/flow.png"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/admin/api/stores/{slug}/products/FLOW-1", created.Headers.Location?.OriginalString);
        var createdBody = await created.JsonAsync();
        var first = AssertBookmark(created, createdBody.GetProperty("bookmark").GetString());

        using var patched = await _client.SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/FLOW-1", AdminCalls.DemoKey,
            """{"price":13.99}""");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var patchedBody = await patched.JsonAsync();
        var second = AssertBookmark(patched, patchedBody.GetProperty("bookmark").GetString());
        Assert.Equal(13.99m, patchedBody.GetProperty("price").GetDecimal());
        Assert.Equal("Flow Tea", patchedBody.GetProperty("title").GetString());
        Assert.Equal(7, patchedBody.GetProperty("stock").GetInt32());
        Assert.Equal("https://img.test/flow.png", patchedBody.GetProperty("image").GetString());
        Assert.True(patchedBody.GetProperty("updatedAt").GetDateTimeOffset() > createdBody.GetProperty("updatedAt").GetDateTimeOffset());
        Assert.True(second > first);

        using var deleted = await _client.SendAsync(HttpMethod.Delete, $"/admin/api/stores/{slug}/products/FLOW-1", AdminCalls.DemoKey);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var third = AssertBookmark(deleted, (await deleted.JsonAsync()).GetProperty("bookmark").GetString());
        Assert.True(third > second);

        using var gone = await _client.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}/products/FLOW-1", AdminCalls.DemoKey);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var deleteAgain = await _client.SendAsync(HttpMethod.Delete, $"/admin/api/stores/{slug}/products/FLOW-1", AdminCalls.DemoKey);
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
        Assert.False(deleteAgain.Headers.Contains(XdtHeaders.Bookmark));
    }

    [Fact]
    public async Task CreateStore_Valid_Returns201WithBookmarkAndListsIt()
    {
        var slug = "t" + Guid.NewGuid().ToString("n")[..10];
        using var created = await _client.SendAsync(HttpMethod.Post, "/admin/api/stores", AdminCalls.DemoKey,
            $$"""{"slug":"{{slug}}","name":"Tea House","currency":"CNY","customDomain":"{{slug}}.shops.test"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        AssertBookmark(created, body.GetProperty("bookmark").GetString());
        Assert.Equal($"{slug}.shops.test", body.GetProperty("customDomain").GetString());

        using var list = await _client.SendAsync(HttpMethod.Get, "/admin/api/stores", AdminCalls.DemoKey);
        Assert.Contains((await list.JsonAsync()).EnumerateArray(), s => s.GetProperty("slug").GetString() == slug);
    }

    [Fact]
    public async Task PatchProduct_UnknownSku_Returns404()
    {
        var slug = await _client.CreateOwnStoreAsync();
        using var response = await _client.SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/NOPE-1", AdminCalls.DemoKey,
            """{"stock":3}""");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Header, cookie and body carry the same LSN; returns it as a number.</summary>
    private static ulong AssertBookmark(HttpResponseMessage response, string? bodyBookmark)
    {
        var header = Assert.Single(response.Headers.GetValues(XdtHeaders.Bookmark));
        Assert.Matches(LsnPattern(), header);
        Assert.Equal(header, bodyBookmark);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(XdtCookies.Bookmark + "=", StringComparison.Ordinal));
        var parts = cookie.Split(';', StringSplitOptions.TrimEntries);
        Assert.Equal(XdtCookies.Bookmark + "=" + header, parts[0]);
        Assert.Contains("path=/", parts, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", parts, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("httponly", parts, StringComparer.OrdinalIgnoreCase);
        Assert.True(Lsn.TryParse(header, out var lsn));
        return lsn;
    }

    [GeneratedRegex("^[0-9A-F]{1,8}/[0-9A-F]{1,8}$")]
    private static partial Regex LsnPattern();
}
