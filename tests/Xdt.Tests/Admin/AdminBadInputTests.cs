using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xdt.Admin.Validation;

namespace Xdt.Tests.Admin;

/// <summary>
/// Every write endpoint refuses bad input with problem details — too large (413), not JSON (415), malformed JSON or
/// numbers out of range (400 naming the field) — and each refusal leaves the seller's stores and products exactly as
/// they were. Text that looks hostile is not bad input: it is stored literally.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(AdminCollection.Name)]
public sealed class AdminBadInputTests(AdminApiFixture fixture)
{
    private const string Sku = "KEEP-1";
    private const string Problem = "application/problem+json";

    private readonly HttpClient _client = fixture.Client;

    /// <summary>Every endpoint that takes a JSON body: create a store, create a product, change a product.</summary>
    public static TheoryData<string> JsonWrites => ["POST stores", "POST products", "PATCH product"];

    public static TheoryData<string, bool> OversizedWrites => new()
    {
        { "POST stores", false }, { "POST products", false }, { "PATCH product", false }, { "DELETE product", false },
        { "POST stores", true }, { "POST products", true }, { "PATCH product", true },
    };

    public static TheoryData<string, string> MalformedBodies => Cross(JsonWrites,
        "", "{", """{"sku":""", """{"sku":"T-1","title":"Tea","price":1,"stock":1""", "not json", "[1,2]", "null",
        """{"price":NaN}""", """{"title":"x"}}""");

    public static TheoryData<string, string?> WrongContentTypes => Cross<string?>(JsonWrites,
        null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
        "application/json; charset=utf-16");

    public static TheoryData<string, string, string> OutOfRangeNumbers
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var target in new[] { "POST products", "PATCH product" })
            {
                foreach (var price in new[] { "1e400", "-1", "-0.01", "10.001", "1e-400", "0.1000000000000000000000000000001", "10000000000", "\"NaN\"", "\"Infinity\"", "\"12.50\"", "true" })
                {
                    data.Add(target, "price", price);
                }

                foreach (var stock in new[] { "-1", "1e400", "2147483648", "1.5", "\"NaN\"", "\"5\"" })
                {
                    data.Add(target, "stock", stock);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OversizedWrites))]
    public async Task Write_BodyOverTheLimit_Is413ProblemAndChangesNothing(string write, bool chunked)
    {
        var slug = await StoreWithProductAsync();
        var before = await SnapshotAsync(slug);
        // Valid JSON for the endpoint, padded with insignificant whitespace past the limit: only its size is wrong.
        var json = ValidBody(write).Insert(1, new string(' ', JsonBody.MaxBytes));

        using var response = await SendAsync(write, slug, chunked ? new UnknownLengthContent(json) : Json(json));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await SnapshotAsync(slug));
    }

    [Fact]
    public async Task CreateProduct_BodyExactlyAtTheLimit_IsAccepted()
    {
        var slug = await StoreWithProductAsync();
        var body = ValidBody("POST products");
        var json = body.Insert(1, new string(' ', JsonBody.MaxBytes - Encoding.UTF8.GetByteCount(body)));

        using var response = await SendAsync("POST products", slug, new UnknownLengthContent(json));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Write_MalformedOrTruncatedJson_Is400ProblemOnTheBodyAndChangesNothing(string write, string json)
    {
        var slug = await StoreWithProductAsync();
        var before = await SnapshotAsync(slug);

        using var response = await SendAsync(write, slug, Json(json));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _), problem.ToString());
        Assert.Equal(before, await SnapshotAsync(slug));
    }

    [Theory]
    [MemberData(nameof(WrongContentTypes))]
    public async Task Write_WrongOrMissingContentType_Is415ProblemAndChangesNothing(string write, string? contentType)
    {
        var slug = await StoreWithProductAsync();
        var before = await SnapshotAsync(slug);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ValidBody(write)));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await SendAsync(write, slug, content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, await SnapshotAsync(slug));
    }

    [Theory]
    [MemberData(nameof(OutOfRangeNumbers))]
    public async Task Product_NumberOutOfRange_Is400NamingOnlyThatFieldAndChangesNothing(string write, string field, string number)
    {
        var slug = await StoreWithProductAsync();
        var before = await SnapshotAsync(slug);
        var json = write == "PATCH product"
            ? $$"""{"{{field}}":{{number}}}"""
            : $$"""{"sku":"NUM-1","title":"Numbers","price":{{(field == "price" ? number : "1")}},"stock":{{(field == "stock" ? number : "1")}}}""";

        using var response = await SendAsync(write, slug, Json(json));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(before, await SnapshotAsync(slug));
    }

    [Theory]
    [InlineData("'; DROP TABLE catalog.products;--", "<script>alert(1)</script>")]
    [InlineData("<script>alert(1)</script>", "Robert'); DELETE FROM catalog.stores; --")]
    [InlineData("小店通 🛍️ 茶叶", "龍井 🍵 — «ünïcødé» 𝄞")]
    public async Task Product_HostileOrNonLatinText_IsStoredAndReturnedLiterally(string title, string description)
    {
        var slug = await StoreWithProductAsync(name: title);
        using var created = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
            JsonSerializer.Serialize(new { sku = "LIT-1", title, description, price = 1.5m, stock = 3 }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var patched = await _client.SendAsync(HttpMethod.Patch, $"/admin/api/stores/{slug}/products/{Sku}", AdminCalls.DemoKey,
            JsonSerializer.Serialize(new { title = description }));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        using var store = await _client.SendAsync(HttpMethod.Get, $"/admin/api/stores/{slug}", AdminCalls.DemoKey);
        Assert.Equal(title, (await store.JsonAsync()).GetProperty("name").GetString());
        var products = JsonDocument.Parse(await _client.ProductsSnapshotAsync(slug)).RootElement.EnumerateArray()
            .ToDictionary(p => p.GetProperty("sku").GetString()!);
        Assert.Equal(2, products.Count);
        Assert.Equal(title, products["LIT-1"].GetProperty("title").GetString());
        Assert.Equal(description, products["LIT-1"].GetProperty("description").GetString());
        Assert.Equal(description, products[Sku].GetProperty("title").GetString());
    }

    private static TheoryData<string, T> Cross<T>(TheoryData<string> writes, params T[] values)
    {
        var data = new TheoryData<string, T>();
        foreach (var write in writes)
        {
            foreach (var value in values)
            {
                data.Add(write, value);
            }
        }

        return data;
    }

    /// <summary>A body the endpoint would accept.</summary>
    private static string ValidBody(string write) => write switch
    {
        "POST stores" => $$"""{"slug":"t{{Guid.NewGuid().ToString("n")[..12]}}","name":"Would be created","currency":"EUR"}""",
        "POST products" => """{"sku":"NEW-1","title":"Would be created","price":2.5,"stock":4}""",
        "PATCH product" => """{"title":"Would be changed","price":99}""",
        _ => "{}",
    };

    private static StringContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private Task<HttpResponseMessage> SendAsync(string write, string slug, HttpContent content)
    {
        var (method, path) = write switch
        {
            "POST stores" => (HttpMethod.Post, "/admin/api/stores"),
            "POST products" => (HttpMethod.Post, $"/admin/api/stores/{slug}/products"),
            "PATCH product" => (HttpMethod.Patch, $"/admin/api/stores/{slug}/products/{Sku}"),
            "DELETE product" => (HttpMethod.Delete, $"/admin/api/stores/{slug}/products/{Sku}"),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write, null),
        };
        return _client.SendContentAsync(method, path, AdminCalls.DemoKey, content);
    }

    private async Task<string> StoreWithProductAsync(string? name = null)
    {
        var slug = await _client.CreateOwnStoreAsync(name: name);
        using var created = await _client.SendAsync(HttpMethod.Post, $"/admin/api/stores/{slug}/products", AdminCalls.DemoKey,
            $$"""{"sku":"{{Sku}}","title":"Keep me","description":"as I am","price":10,"stock":1}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return slug;
    }

    private async Task<string> SnapshotAsync(string slug) =>
        await _client.StoresSnapshotAsync() + "\n" + await _client.ProductsSnapshotAsync(slug);

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(Problem, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
