using System.Net;
using System.Text.RegularExpressions;
using Xdt.HttpContract;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Integration)]
[Collection(StorefrontCollection.Name)]
public sealed partial class StorefrontPagesTests(StorefrontFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task StoreBySlug_LiveStore_RendersLiveProductsWithPricesAndBadges()
    {
        var (response, html) = await GetAsync("/s/harbour");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Harbour Goods", html);
        Assert.Contains("Harbour Mug", html);
        Assert.Contains("€12.50", html);
        Assert.Contains("€1,299.00", html);
        Assert.Contains("Out of stock", html);
        Assert.Contains("New Teapot", html);
        Assert.DoesNotContain("Old Teapot", html);
        Assert.DoesNotContain("Deleted Kettle", html);
        Assert.Contains("href=\"/s/harbour/p/MUG-1\"", html);
        Assert.Contains("src=\"https://img.test/mug.png\"", html);
        Assert.Contains("Frankfurt", html);
    }

    [Fact]
    public async Task StoreBySlug_AnyPage_CarriesRegionTimingAndDataAsOfHeaders()
    {
        foreach (var path in new[] { "/s/harbour", "/s/harbour/p/MUG-1", "/s/harbour/p/DEL-1", "/s/nowhere", "/no/such/page", XdtPaths.Freshness })
        {
            var (response, _) = await GetAsync(path);

            Assert.Equal(StorefrontFixture.Region, Assert.Single(response.Headers.GetValues(XdtHeaders.Region)));
            Assert.Matches(ServerTimingPattern(), Assert.Single(response.Headers.GetValues(XdtHeaders.ServerTiming)));
            Assert.Equal("lsn=0/2000; time=2026-11-24T22:09:59.000Z", Assert.Single(response.Headers.GetValues(XdtHeaders.DataAsOf)));
        }
    }

    [Fact]
    public async Task StoreBySlug_UpperCaseSlug_FindsStore()
    {
        var (response, html) = await GetAsync("/s/Harbour/p/MUG-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/s/harbour\"", html);
    }

    [Fact]
    public async Task StoreByHost_CustomDomain_RendersStoreWithRootLinks()
    {
        var (response, html) = await GetAsync("http://harbour.shops.test/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Harbour Mug", html);
        Assert.Contains("href=\"/p/MUG-1\"", html);
    }

    [Fact]
    public async Task ProductByHost_CustomDomain_RendersProductPage()
    {
        var (response, html) = await GetAsync("http://Harbour.Shops.Test:8080/p/MUG-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Stoneware mug, 350 ml.", html);
        Assert.Contains("€12.50", html);
        Assert.Contains("In stock", html);
    }

    [Fact]
    public async Task ProductByHost_ForwardedHost_ResolvesStore()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/p/MUG-1");
        request.Headers.Add("X-Forwarded-Host", "harbour.shops.test");
        using var response = await _client.SendAsync(request).WaitAsync(StorefrontFixture.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/s/harbour/p/DEL-1", "Product not found")]
    [InlineData("http://harbour.shops.test/p/DEL-1", "Product not found")]
    [InlineData("/s/harbour/p/NO-SUCH", "Product not found")]
    [InlineData("/s/gone", "Store not found")]
    [InlineData("/s/gone/p/GHOST-1", "Store not found")]
    [InlineData("http://gone.shops.test/", "Store not found")]
    [InlineData("/s/nowhere", "Store not found")]
    [InlineData("/", "No store here")]
    [InlineData("/no/such/page", "Page not found")]
    public async Task Page_DeletedOrUnknown_Returns404HtmlPage(string path, string heading)
    {
        var (response, html) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{heading}</h1>", html);
    }

    [Fact]
    public async Task ProductPage_RecreatedSku_ShowsLiveRow()
    {
        var (response, html) = await GetAsync("/s/harbour/p/RE-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("New Teapot", html);
        Assert.Contains("Only 2 left", html);
    }

    [Fact]
    public async Task ProductPage_HostileText_IsEncodedAndUnsafeImageReplaced()
    {
        var (response, html) = await GetAsync("/s/harbour/p/XSS-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>bold", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task StoreHome_NoProducts_SaysSo()
    {
        var (response, html) = await GetAsync("/s/empty");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no products yet", html);
    }

    [Fact]
    public async Task PlaceholderImage_ValidName_ReturnsSvg()
    {
        var (response, svg) = await GetAsync(XdtPaths.Images + "harbour-mug.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg);
        Assert.Contains(">HM<", svg);
    }

    private async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        var response = await _client.GetAsync(path).WaitAsync(StorefrontFixture.Timeout);
        var body = await response.Content.ReadAsStringAsync().WaitAsync(StorefrontFixture.Timeout);
        return (response, body);
    }

    [GeneratedRegex(@"^db;dur=\d+(\.\d+)?, render;dur=\d+(\.\d+)?$")]
    private static partial Regex ServerTimingPattern();
}
