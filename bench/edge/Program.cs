// bench/edge: what the edge router costs (throughput and latency against a storefront reached directly), what it
// buys when a region dies (failover), and what distance costs a shopper in edge versus centralized mode.
// Usage: dotnet run -c Release --project bench/edge -- [--regions all|a,b] [--duration 10] [--warmup 3]
// [--connections 32] [--samples 7] [--failover-region frankfurt]
using Xdt.Bench.Edge;
using Xdt.Geography;
using Xdt.Testing;

var options = BenchOptions.Parse(args);
Console.WriteLine($"Starting a world of {options.Regions.Count} regions ...");
var started = DateTime.UtcNow;
await using var world = await WorldHost.StartAsync(options.Regions, TimeSpan.FromMinutes(5), options.EdgeSettings());
var core = world.Endpoint($"storefront-{Regions.Core}");
await DemoPage.WaitUntilServedAsync(TimeSpan.FromMinutes(2), [world.EdgeUrl, core, .. options.Regions.Select(r => world.Endpoint($"storefront-{r}"))]);
Console.WriteLine($"World healthy and {DemoPage.Path} served everywhere in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
Console.WriteLine(MachineLoad.Describe());
using var control = new EdgeControl(world.EdgeUrl);

(await EdgeVersusDirect.MeasureAsync(world.EdgeUrl, core, options)).Print();
if (options.FailoverRegion is { } region)
{
    (await FailoverDrill.RunAsync(world, control, region)).Print();
}

(await TtfbSurvey.RunAsync(world.EdgeUrl, control, options.Samples)).Print();
Console.WriteLine();
Console.WriteLine(MachineLoad.Describe());
