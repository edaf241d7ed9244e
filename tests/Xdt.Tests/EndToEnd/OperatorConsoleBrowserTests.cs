using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Tests.World;
using static Microsoft.Playwright.Assertions;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// The operator's console in a real browser (Debian's chromium) against the shared edge world: the map follows the
/// router's view of each region within its one-second poll, and the buttons really act through the control API.
/// Each test undoes what it did (and <see cref="EdgeWorldTest"/> resets the router before the next one).
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(EdgeWorldCollection.Name)]
public sealed class OperatorConsoleBrowserTests(EdgeWorld world) : EdgeWorldTest(world)
{
    /// <summary>The page polls the status every second: a change the router made shows within one poll and its fetch.</summary>
    private static readonly LocatorAssertionsToHaveAttributeOptions WithinAPoll = new() { Timeout = 2_000 };

    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Map_RegionWithdrawnThroughTheControlApi_ShowsItDownWithinAPoll()
    {
        var page = await OpenConsoleAsync();
        var frankfurt = Region(page, Regions.Frankfurt);
        await Expect(frankfurt).ToHaveAttributeAsync("data-health", "up", new() { Timeout = 15_000 });
        using var control = new EdgeControl(World.EdgeUrl);

        try
        {
            await control.PostAsync(XdtPaths.Control + "/regions/frankfurt/fail");

            await Expect(frankfurt).ToHaveAttributeAsync("data-health", "withdrawn", WithinAPoll);
            await Expect(page.Locator("#actions tr[data-region=\"frankfurt\"] .health")).ToHaveTextAsync("withdrawn");
            await Expect(Region(page, Regions.Ohio)).ToHaveAttributeAsync("data-health", "up");
        }
        finally
        {
            await control.ResetAsync();
        }
    }

    [Fact]
    public async Task Map_StorefrontStopped_ShowsItDownWithinAPollOfTheRouterNoticing()
    {
        var page = await OpenConsoleAsync();
        var ohio = Region(page, Regions.Ohio);
        await Expect(ohio).ToHaveAttributeAsync("data-health", "up", new() { Timeout = 15_000 });
        using var control = new EdgeControl(World.EdgeUrl);

        await WorldProcess.KillAsync(World.Host, "storefront-ohio");
        try
        {
            // The router's own probes take their time to withdraw it; the map's promise starts from there.
            await Eventually.HoldsAsync(() => control.RegionHealthAsync("ohio"), h => h == "withdrawn", Within, "ohio withdrawn by the router");

            await Expect(ohio).ToHaveAttributeAsync("data-health", "withdrawn", WithinAPoll);
        }
        finally
        {
            await WorldProcess.StartAsync(World.Host, "storefront-ohio", WorldSettings.StartTimeout);
        }

        // Back up only after its hold-down: wait here so the next test does not start with ohio down.
        await Eventually.HoldsAsync(() => control.RegionHealthAsync("ohio"), h => h == "up", TimeSpan.FromSeconds(60), "ohio re-announced");
        await Expect(ohio).ToHaveAttributeAsync("data-health", "up", WithinAPoll);
    }

    [Fact]
    public async Task DrainButton_WithTheKeyEntered_DrainsTheRegionAndUndrainBringsItBack()
    {
        var page = await OpenConsoleAsync();
        await EnterKeyAsync(page, WorldHost.ControlKey);
        using var control = new EdgeControl(World.EdgeUrl);
        using var shopper = Shopper(ClientCities.Ohio);

        try
        {
            await Button(page, "drain", Regions.Ohio).ClickAsync();

            await Expect(page.Locator("#console-done")).ToHaveTextAsync("Done: drain ohio.");
            Assert.Equal("drained", await control.RegionHealthAsync("ohio"));
            using (var response = await shopper.GetAsync("/s/demo").WaitAsync(Within))
            {
                Assert.NotEqual("ohio", Header(response, XdtHeaders.Region));
            }

            await Expect(Region(page, Regions.Ohio)).ToHaveAttributeAsync("data-health", "drained", WithinAPoll);

            await Button(page, "undrain", Regions.Ohio).ClickAsync();

            await Expect(page.Locator("#console-done")).ToHaveTextAsync("Done: undrain ohio.");
            Assert.Equal("up", await control.RegionHealthAsync("ohio"));
            using (var response = await shopper.GetAsync("/s/demo").WaitAsync(Within))
            {
                Assert.Equal("ohio", Header(response, XdtHeaders.Region));
            }
        }
        finally
        {
            await control.ResetAsync();
        }
    }

    [Fact]
    public async Task CutOffButton_WithTheKeyEntered_CutsTheRegionsReplicatorOffKafkaAndReconnectHealsIt()
    {
        var page = await OpenConsoleAsync();
        await EnterKeyAsync(page, WorldHost.ControlKey);
        using var replicator = new HttpClient { BaseAddress = World.Host.Endpoint("replicator-ohio"), Timeout = Within };

        try
        {
            await Button(page, "cut-off", Regions.Ohio).ClickAsync();

            await Expect(page.Locator("#console-done")).ToHaveTextAsync("Done: cut ohio off from Kafka.", new() { Timeout = 30_000 });
            Assert.False(await ConnectedAsync(replicator));

            await Button(page, "reconnect", Regions.Ohio).ClickAsync();

            await Expect(page.Locator("#console-done")).ToHaveTextAsync("Done: reconnect ohio to Kafka.");
            await Eventually.HoldsAsync(() => ConnectedAsync(replicator), connected => connected, Within, "ohio's replicator consuming again");
        }
        finally
        {
            using var heal = new HttpRequestMessage(HttpMethod.Delete, XdtPaths.KafkaLink);
            heal.Headers.Add(XdtHeaders.ControlKey, WorldHost.ControlKey);
            using var healed = await replicator.SendAsync(heal).WaitAsync(Within);
        }
    }

    [Fact]
    public async Task DrainButton_WrongKey_ShowsTheRejectionAndChangesNothing()
    {
        var page = await OpenConsoleAsync();
        await EnterKeyAsync(page, "not-the-" + WorldHost.ControlKey);
        using var control = new EdgeControl(World.EdgeUrl);

        try
        {
            await Button(page, "drain", Regions.Frankfurt).ClickAsync();

            await Expect(page.Locator("#console-error")).ToBeVisibleAsync();
            await Expect(page.Locator("#console-error")).ToContainTextAsync("Could not drain frankfurt: Control key rejected (403)");
            Assert.Equal("up", await control.RegionHealthAsync("frankfurt"));
        }
        finally
        {
            await control.ResetAsync();
        }
    }

    [Fact]
    public async Task Console_WorldWithPrometheus_ChartsComeFromItAndAlertsAreShown()
    {
        var page = await OpenConsoleAsync();

        foreach (var chart in new[] { "ttfb", "lag" })
        {
            await Expect(page.Locator($"figure[data-chart=\"{chart}\"]")).ToHaveAttributeAsync("data-state", "ok", new() { Timeout = 15_000 });
        }

        await Expect(page.Locator("#alerts-state")).ToHaveCountAsync(1);
        var status = await World.CreateEdgeClient().GetFromJsonAsync<JsonElement>(XdtPaths.Status).WaitAsync(Within);
        await Expect(page.Locator("#alerts-state")).ToHaveTextAsync(status.GetProperty("alerts").GetProperty("state").GetString()!);
    }

    private async Task<IPage> OpenConsoleAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            // 127.0.0.1, not localhost: chromium may pick ::1, where the edge does not listen.
            BaseURL = new UriBuilder(World.EdgeUrl) { Host = "127.0.0.1" }.Uri.ToString().TrimEnd('/'),
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var response = await page.GotoAsync(XdtPaths.StatusPage);
        Assert.Equal(200, response!.Status);
        // The actions appear with the first status poll.
        await Expect(page.Locator("#actions tbody tr")).ToHaveCountAsync(World.Regions.Count);
        return page;
    }

    private static async Task EnterKeyAsync(IPage page, string key)
    {
        await page.FillAsync("#control-key", key);
        await page.ClickAsync("#key-form button[type=submit]");
        await Expect(page.Locator("#key-state")).ToHaveTextAsync("key entered (kept for this tab)");
    }

    private static ILocator Region(IPage page, Region region) => page.Locator($"#map .region[data-region=\"{region.Name}\"]");

    private static ILocator Button(IPage page, string action, Region region) =>
        page.Locator($"#actions button[data-action=\"{action}\"][data-region=\"{region.Name}\"]");

    private static async Task<bool> ConnectedAsync(HttpClient replicator) =>
        (await replicator.GetFromJsonAsync<JsonElement>(XdtPaths.Replication).WaitAsync(Within)).GetProperty("connected").GetBoolean();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : "";
}
