using Microsoft.Playwright;
using Xdt.HttpContract;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>A shopper with a real browser (Debian's chromium) going through the edge router.</summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ThreeRegionWorldCollection.Name)]
public sealed class StorefrontBrowserTests(ThreeRegionWorld world) : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync() => (_playwright, _browser) = await Browser.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [Fact]
    public async Task Browser_DemoStoreInFrankfurt_ShowsProductGridAndOpensAProduct()
    {
        var page = await NewPageAsync("frankfurt");

        // The demo store reaches a region through replication: wait for it rather than assume it is there.
        var response = await Eventually.HoldsAsync(() => page.GotoAsync("/s/demo"), r => r is { Status: 200 },
            WorldSettings.ReplicationTimeout, "the demo store page in frankfurt");

        Assert.Equal("frankfurt", await response!.HeaderValueAsync("x-xdt-region"));
        Assert.Equal("Xdt Demo Store", await page.Locator("h1").First.InnerTextAsync());
        Assert.True(await page.Locator("a.card").CountAsync() >= 20, "the demo store shows at least 20 products");

        var firstTitle = await page.Locator("a.card .title").First.InnerTextAsync();
        await page.Locator("a.card").First.ClickAsync();
        await page.WaitForURLAsync("**/s/demo/p/**");
        Assert.Equal(firstTitle, await page.Locator("h1").First.InnerTextAsync());
    }

    [Fact]
    public async Task Browser_UnknownProduct_GetsAFriendly404Page()
    {
        var page = await NewPageAsync("ohio");

        var response = await page.GotoAsync("/s/demo/p/NO-SUCH-SKU");

        Assert.Equal(404, response!.Status);
        Assert.Equal("ohio", await response.HeaderValueAsync("x-xdt-region"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").First.InnerTextAsync()));
        Assert.DoesNotContain("Exception", await page.ContentAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> NewPageAsync(string clientLocation)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            // 127.0.0.1, not localhost: chromium may pick ::1, and the location header is trusted from 127.0.0.1 only.
            BaseURL = new UriBuilder(world.EdgeUrl) { Host = "127.0.0.1" }.Uri.ToString().TrimEnd('/'),
            ExtraHTTPHeaders = new Dictionary<string, string> { [XdtHeaders.ClientLocation] = clientLocation },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }
}
