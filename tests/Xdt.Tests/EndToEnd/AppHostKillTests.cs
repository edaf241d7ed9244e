using System.Net;
using Xdt.Hosting.Ports;
using Xdt.HttpContract;
using Xdt.Tests.World;
using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// The app host itself killed with SIGKILL (no chance to stop anything), then started again on the same state
/// directory and the same edge port: whatever the killed one left running is found and stopped, and the world serves
/// its old catalog in every region and takes new changes.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(RestartCollection.Name)]
public sealed class AppHostKillTests
{
    private static readonly Xdt.Geography.Region[] TwoRegions = [Known.Beijing, Known.Frankfurt];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task AppHost_KilledThenStartedOnTheSameState_NothingOfTheFirstRunRemainsAndEveryRegionServesOldAndNewChanges()
    {
        var state = WorldHost.NewStateDirectory();
        Directory.CreateDirectory(state);
        var log = Path.Combine(state, "apphost.log");
        var edgePort = LoopbackPorts.Reserve();
        try
        {
            string slug;
            IReadOnlyDictionary<int, long> firstRun;
            await using (var first = AppHostProcess.Start(state, edgePort, TwoRegions, log))
            {
                await first.WaitUntilEveryRegionIsUpAsync(TwoRegions, StartTimeout);
                using var edge = new HttpClient { BaseAddress = first.EdgeUrl, Timeout = TimeSpan.FromSeconds(30) };
                var seller = new SellerClient(edge, WorldSettings.DemoSellerKey);
                slug = await seller.CreateStoreAsync("apphost-kill");
                await seller.CreateProductAsync(slug, "BEFORE-KILL", 5m);
                await EveryRegionServesAsync(first.EdgeUrl, $"/s/{slug}/p/BEFORE-KILL");

                firstRun = AppHostProcess.RecordedProcesses(state);
                Assert.NotEmpty(firstRun);
                await first.KillAsync(TimeSpan.FromSeconds(30));
            }

            // Until they are stopped, the killed run's servers hold its ports (the edge's too) and data directories.
            await using var second = AppHostProcess.Start(state, edgePort, TwoRegions, log);
            await Eventually.UntilAsync(() => Task.FromResult(AppHostProcess.StillRunning(firstRun).Count == 0),
                TimeSpan.FromSeconds(60), "every process of the killed run to be stopped");
            await second.WaitUntilEveryRegionIsUpAsync(TwoRegions, StartTimeout);
            using (var edge = new HttpClient { BaseAddress = second.EdgeUrl, Timeout = TimeSpan.FromSeconds(30) })
            {
                await new SellerClient(edge, WorldSettings.DemoSellerKey).CreateProductAsync(slug, "AFTER-KILL", 6m);
            }

            await EveryRegionServesAsync(second.EdgeUrl, $"/s/{slug}/p/BEFORE-KILL");
            await EveryRegionServesAsync(second.EdgeUrl, $"/s/{slug}/p/AFTER-KILL");

            var secondRun = AppHostProcess.RecordedProcesses(state);
            await second.StopAsync(TimeSpan.FromSeconds(60));
            await Eventually.UntilAsync(() => Task.FromResult(AppHostProcess.StillRunning(secondRun).Count == 0),
                TimeSpan.FromSeconds(60), "the stopped world's processes to exit");
        }
        finally
        {
            try
            {
                Directory.Delete(state, recursive: true);
            }
            catch (IOException)
            {
                // A server still shutting down may hold a file; the folder is under the temp directory and harmless.
            }
        }
    }

    /// <summary>Through the edge, as a shopper in each region: that region itself answers 200.</summary>
    private static async Task EveryRegionServesAsync(Uri edgeUrl, string path)
    {
        foreach (var region in TwoRegions)
        {
            using var shopper = new HttpClient { BaseAddress = edgeUrl, Timeout = TimeSpan.FromSeconds(30) };
            shopper.DefaultRequestHeaders.Add(XdtHeaders.ClientLocation, region.Name);
            await Eventually.UntilAsync(async () =>
            {
                using var page = await shopper.GetAsync(path);
                return page.StatusCode == HttpStatusCode.OK
                    && page.Headers.TryGetValues(XdtHeaders.Region, out var served) && served.Single() == region.Name;
            }, TimeSpan.FromSeconds(60), $"{path} served by {region.Name}");
        }
    }
}
