using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Xdt.Geography;
using Xdt.HttpContract;
using Xdt.Testing;
using Xdt.Tests.World;

namespace Xdt.Tests.EndToEnd;

/// <summary>
/// Layer 3 of the flash crowd in a real world: a region above its soft limit spills, its autoscaler asks for a second
/// storefront instance, the app host starts it, the edge balances across both and the spill stops; once the load is
/// gone and the scale-down window has passed, the instance is stopped again.
/// </summary>
[Trait(Tier.Name, Tier.EndToEnd)]
[Collection(ScalingWorldCollection.Name)]
public sealed class AutoscalingTests(ScalingWorld world)
{
    private const string First = "storefront-frankfurt";
    private const string Added = "storefront-frankfurt-2";

    /// <summary>Six closed-loop shoppers: above one instance's soft limit (3), never above two instances' (6).</summary>
    private const int Shoppers = 6;

    private static readonly TimeSpan ScaleTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Region_LoadAboveItsSoftLimit_ScalesOutSpillRelaxesThenScalesInAfterTheWindow()
    {
        using var control = new EdgeControl(world.EdgeUrl);
        using var edge = world.CreateEdgeClient();
        Assert.Equal(1, await LiveInstancesAsync(edge, "frankfurt"));
        Assert.True(IsStopped(Added), $"{Added} runs before any load: {world.DescribeResources()}");

        // Moscow's nearest region is Frankfurt; simulated distance keeps each request in flight for tens of milliseconds.
        await control.SetLatencySimulationAsync(true);
        var load = new ScalingLoad(world.EdgeUrl, ClientCities.Moscow);
        using var stop = new CancellationTokenSource();
        var shoppers = Enumerable.Range(0, Shoppers).Select(i => load.RunAsync((uint)(10 + i), stop.Token)).ToArray();
        try
        {
            // The autoscaler wants a second instance and the app host starts it: an Aspire resource, running and healthy.
            using (var started = new CancellationTokenSource(ScaleTimeout))
            {
                await world.App.ResourceNotifications.WaitForResourceHealthyAsync(Added, started.Token);
            }

            // The edge finds it live and sends Frankfurt's shoppers to both instances.
            await Eventually.UntilAsync(async () => await LiveInstancesAsync(edge, "frankfurt") == 2, ScaleTimeout, "two live instances at the edge");
            await Eventually.UntilAsync(() => Task.FromResult(ServedBy(load, Added) > 0), ScaleTimeout, $"answers from {Added}");
            var firstFromAdded = load.Answers.First(a => a.Instance == Added).Sequence;

            // Spill to Beijing happened while Frankfurt had one instance, and stops once it has two: the limits follow the
            // live instances, and six shoppers never exceed two instances' soft limit.
            Assert.Contains(load.Answers, a => a.Sequence < firstFromAdded && a is { Route: "overflow", Region: "beijing" });
            await Eventually.UntilAsync(() => Task.FromResult(LastAnswersAllNearestFrankfurt(load, 60)), ScaleTimeout,
                "the last 60 answers all from Frankfurt, nearest", () => Describe(load));
            var tail = load.Answers.TakeLast(60).ToArray();
            Assert.Contains(tail, a => a.Instance == First);
            Assert.Contains(tail, a => a.Instance == Added);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(shoppers).WaitAsync(TimeSpan.FromSeconds(30));
            await control.SetLatencySimulationAsync(false);
        }

        Assert.Empty(load.Failures);

        // No load: after the scale-down window the autoscaler wants one instance, and the app host stops the added one.
        await Eventually.UntilAsync(() => Task.FromResult(IsStopped(Added)), ScaleTimeout, $"{Added} stopped", world.DescribeResources);
        await Eventually.UntilAsync(async () => await LiveInstancesAsync(edge, "frankfurt") == 1, ScaleTimeout, "one live instance at the edge");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
        request.Headers.Add(XdtHeaders.ClientLocation, "moscow");
        using var response = await edge.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(First, response.Headers.GetValues(XdtHeaders.Instance).Single());
    }

    private static int ServedBy(ScalingLoad load, string instance) => load.Answers.Count(a => a.Instance == instance);

    private static bool LastAnswersAllNearestFrankfurt(ScalingLoad load, int count)
    {
        var tail = load.Answers.TakeLast(count).ToArray();
        return tail.Length == count && tail.All(a => a is { Region: "frankfurt", Route: "nearest" });
    }

    private static string Describe(ScalingLoad load) => string.Join(", ", load.Answers.TakeLast(20).Select(a => $"{a.Region}/{a.Route}/{a.Instance}"));

    private bool IsStopped(string resource) =>
        !world.App.ResourceNotifications.TryGetCurrentState(resource, out var e)
        || e.Snapshot.State?.Text is null
        || e.Snapshot.State.Text == KnownResourceStates.NotStarted
        || KnownResourceStates.TerminalStates.Contains(e.Snapshot.State.Text);

    private static async Task<int> LiveInstancesAsync(HttpClient edge, string region)
    {
        var regions = await edge.GetFromJsonAsync<JsonElement>(XdtPaths.Autoscaling);
        return regions.EnumerateArray().Single(r => r.GetProperty("region").GetString() == region).GetProperty("live").GetInt32();
    }
}
