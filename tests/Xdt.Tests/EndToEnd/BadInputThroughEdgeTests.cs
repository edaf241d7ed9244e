using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xdt.Admin.Validation;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.Location;
using Xdt.HttpContract;
using Xdt.Tests.Admin;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// A seller's bad input, sent through the one public entry, gets a clear problem-details answer and changes nothing;
/// text that merely looks hostile, and CJK and emoji, travel literally from the admin through replication to every
/// region's pages, where the storefront shows them HTML-encoded.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ThreeRegionWorldCollection.Name)]
public sealed class BadInputThroughEdgeTests(ThreeRegionWorld world)
{
    private const string Sku = "KEEP-1";
    private const string Script = "<script>alert(1)</script>";
    private const string SqlFragment = "'; DROP TABLE catalog.products;--";
    private const string Cjk = "小店通 🛍️ 茶叶";

    public static TheoryData<string> BadWrites =>
    [
        "413 declared length", "413 chunked", "413 delete with a body", "413 new store too big",
        "415 no content type", "415 text/plain", "415 form", "415 utf-16", "415 new store as text/plain",
        "400 truncated json", "400 not json", "400 new store truncated json", "400 new store not json", "400 price 1e400", "400 negative stock", "400 price with three decimals",
        "400 price NaN string", "400 stock 1e400", "400 new store with a bad slug",
        "403 another seller's store", "403 another seller's product",
    ];

    [Theory]
    [MemberData(nameof(BadWrites))]
    public async Task BadWrite_ThroughTheEdge_IsProblemDetailsAndNothingChanges(string write)
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = await seller.CreateStoreAsync("bad");
        await seller.CreateProductAsync(slug, Sku, 10m, "Keep me");
        var before = await SnapshotAsync(seller, slug);
        var products = $"/admin/api/stores/{slug}/products";
        var product = $"{products}/{Sku}";
        var big = "{" + new string(' ', JsonBody.MaxBytes) + "\"title\":\"Too big\"}";

        using var response = write switch
        {
            "413 declared length" => await seller.SendContentAsync(HttpMethod.Patch, product, Json(big)),
            "413 chunked" => await seller.SendContentAsync(HttpMethod.Patch, product, new UnknownLengthContent(big)),
            "413 delete with a body" => await seller.SendContentAsync(HttpMethod.Delete, product, Json(big)),
            "413 new store too big" => await seller.SendContentAsync(HttpMethod.Post, "/admin/api/stores", Json(big)),
            "415 new store as text/plain" => await seller.SendContentAsync(HttpMethod.Post, "/admin/api/stores",
                Typed("""{"slug":"typed-store","name":"x","currency":"EUR"}""", "text/plain")),
            "400 new store truncated json" => await seller.SendContentAsync(HttpMethod.Post, "/admin/api/stores",
                Json("""{"slug":"cut-store","name":"Cut o""")),
            "400 new store not json" => await seller.SendContentAsync(HttpMethod.Post, "/admin/api/stores", Json("slug=form-store")),
            "415 no content type" => await seller.SendContentAsync(HttpMethod.Patch, product, new ByteArrayContent("{\"price\":1}"u8.ToArray())),
            "415 text/plain" => await seller.SendContentAsync(HttpMethod.Post, products, Typed("""{"sku":"NEW-1","title":"x","price":1,"stock":1}""", "text/plain")),
            "415 form" => await seller.SendContentAsync(HttpMethod.Post, products, new FormUrlEncodedContent([new("sku", "NEW-1"), new("title", "x")])),
            "415 utf-16" => await seller.SendContentAsync(HttpMethod.Patch, product, new StringContent("""{"price":1}""", Encoding.Unicode, "application/json")),
            "400 truncated json" => await seller.SendContentAsync(HttpMethod.Post, products, Json("""{"sku":"NEW-1","title":"Cut o""")),
            "400 not json" => await seller.SendContentAsync(HttpMethod.Patch, product, Json("price=1")),
            "400 price 1e400" => await seller.SendContentAsync(HttpMethod.Patch, product, Json("""{"price":1e400}""")),
            "400 negative stock" => await seller.SendContentAsync(HttpMethod.Post, products, Json("""{"sku":"NEW-1","title":"x","price":1,"stock":-1}""")),
            "400 price with three decimals" => await seller.SendContentAsync(HttpMethod.Patch, product, Json("""{"price":10.005}""")),
            "400 price NaN string" => await seller.SendContentAsync(HttpMethod.Patch, product, Json("""{"price":"NaN"}""")),
            "400 stock 1e400" => await seller.SendContentAsync(HttpMethod.Patch, product, Json("""{"stock":1e400}""")),
            "400 new store with a bad slug" => await seller.SendAsync(HttpMethod.Post, "/admin/api/stores", new { slug = "Bad Slug!", name = "x", currency = "EUR" }),
            "403 another seller's store" => await new SellerClient(edge, WorldSettings.AcmeSellerKey).SendAsync(HttpMethod.Post, products,
                new { sku = "HIJACK-1", title = "Not mine", price = 1m, stock = 1 }),
            "403 another seller's product" => await new SellerClient(edge, WorldSettings.AcmeSellerKey).SendAsync(HttpMethod.Delete, product),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
        };

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(int.Parse(write[..3], System.Globalization.CultureInfo.InvariantCulture) == (int)response.StatusCode,
            $"{write}: got {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal((int)response.StatusCode, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(before, await SnapshotAsync(seller, slug));
    }

    [Fact]
    public async Task HostileAndCjkText_CreatedThroughTheEdge_IsShownLiterallyAndEncodedInEveryRegion()
    {
        using var edge = world.CreateEdgeClient();
        var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
        var slug = $"text-{Guid.NewGuid():N}"[..24];
        using (var store = await seller.SendAsync(HttpMethod.Post, "/admin/api/stores", new { slug, name = Cjk, currency = "CNY" }))
        {
            Assert.Equal(HttpStatusCode.Created, store.StatusCode);
        }

        using (var hostile = await seller.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products",
            new { sku = "HOSTILE-1", title = Script, description = SqlFragment, price = 1.5m, stock = 3 }))
        {
            Assert.Equal(HttpStatusCode.Created, hostile.StatusCode);
        }

        using (var cjk = await seller.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products",
            new { sku = "CJK-1", title = Cjk, description = "龍井 🍵 " + Script, price = 88m, stock = 8 }))
        {
            Assert.Equal(HttpStatusCode.Created, cjk.StatusCode);
        }

        foreach (var region in world.Regions)
        {
            // A shopper's own client: the seller's bookmark cookie must not steer these reads.
            using var shopper = world.CreateEdgeClient();
            var hostilePage = await PageInAsync(shopper, region.Name, $"/s/{slug}/p/HOSTILE-1");
            AssertShownLiterally(hostilePage, region.Name, Script, SqlFragment, Cjk);

            var cjkPage = await PageInAsync(shopper, region.Name, $"/s/{slug}/p/CJK-1");
            AssertShownLiterally(cjkPage, region.Name, Cjk, "龍井 🍵 " + Script);
            Assert.Contains("小店通", cjkPage, StringComparison.Ordinal);
            Assert.Contains("茶叶", cjkPage, StringComparison.Ordinal);

            var home = await PageInAsync(shopper, region.Name, $"/s/{slug}");
            AssertShownLiterally(home, region.Name, Cjk, Script);
        }
    }

    /// <summary>The page, once the region serves it (replication is asynchronous), from that region and no other.</summary>
    private static async Task<string> PageInAsync(HttpClient shopper, string region, string path)
    {
        return await Eventually.HoldsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(XdtHeaders.ClientLocation, region);
            using var response = await shopper.SendAsync(request);
            var served = response.Headers.TryGetValues(XdtHeaders.Region, out var values) ? values.First() : "?";
            return response.StatusCode == HttpStatusCode.OK && served == region
                ? await response.Content.ReadAsStringAsync()
                : $"HTTP {(int)response.StatusCode} from {served}";
        }, page => !page.StartsWith("HTTP ", StringComparison.Ordinal), WorldSettings.ReplicationTimeout, $"{path} in {region}");
    }

    private static void AssertShownLiterally(string html, string region, params string[] texts)
    {
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var shown = WebUtility.HtmlDecode(html);
        foreach (var text in texts)
        {
            Assert.True(shown.Contains(text, StringComparison.Ordinal), $"'{text}' not shown literally in {region}");
        }
    }

    private static async Task<string> SnapshotAsync(SellerClient seller, string slug)
    {
        using var stores = await seller.SendAsync(HttpMethod.Get, "/admin/api/stores");
        using var products = await seller.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}/products");
        Assert.Equal(HttpStatusCode.OK, stores.StatusCode);
        Assert.Equal(HttpStatusCode.OK, products.StatusCode);
        return await stores.Content.ReadAsStringAsync() + "\n" + await products.Content.ReadAsStringAsync();
    }

    private static StringContent Json(string json) => Typed(json, "application/json");

    private static StringContent Typed(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
