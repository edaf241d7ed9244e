// bench/edge: what the edge router costs beside nginx and going direct (same storefront, same run, alternating
// rounds), what it buys when a region dies (failover, withdrawal, hold-down), what distance costs a shopper in edge
// versus centralized mode, and how a flood is contained. The last line is the one-line summary scripts compare.
// Usage: dotnet run -c Release --project bench/edge -- [--regions all|a,b] [--duration 5] [--warmup 2] [--rounds 2]
// [--connections 32] [--samples 7] [--failover-region frankfurt]
using Xdt.Bench.Edge;
using Xdt.Bench.Edge.Drills;
using Xdt.Bench.Edge.Peers;
using Xdt.Geography;
using Xdt.Testing;
using Xdt.Testing.Machine;

var options = BenchOptions.Parse(args);
var storefront = $"storefront-{Regions.Core}";
Console.WriteLine($"Starting a world of {options.Regions.Count} regions ...");
var started = DateTime.UtcNow;
EdgeAims aims;
await using (var world = await WorldHost.StartAsync(options.Regions, TimeSpan.FromMinutes(5), options.EdgeSettings()))
{
    var core = world.Endpoint(storefront);
    await DemoPage.WaitUntilServedAsync(TimeSpan.FromMinutes(2), [world.EdgeUrl, core, .. options.Regions.Select(r => world.Endpoint($"storefront-{r}"))]);
    Console.WriteLine($"World healthy and {DemoPage.Path} served everywhere in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
    Console.WriteLine(await MachineLoad.DescribeAsync(TimeSpan.FromSeconds(3)));
    Console.WriteLine(await MachineLoad.SettleAsync(TimeSpan.FromSeconds(60)));
    using var control = new EdgeControl(world.EdgeUrl);

    await using (var nginx = await NginxProxy.StartAsync(core, TimeSpan.FromSeconds(30)))
    {
        using var found = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        PeerPath[] paths =
        [
            new(PeerPath.Edge, new Uri(world.EdgeUrl, DemoPage.Path), [await WorldProcess.IdAsync(world, "edge-router", found.Token)]),
            new(PeerPath.Nginx, new Uri(nginx.BaseAddress, DemoPage.Path), [nginx.ProcessId]),
            new(PeerPath.Direct, new Uri(core, DemoPage.Path), []),
        ];
        var storefrontProcess = await WorldProcess.IdAsync(world, storefront, found.Token);
        var peers = await PeerComparison.RunAsync(paths, storefrontProcess, options, nginx.Version);
        PeerReport.Print(peers, storefront);
        aims = EdgeAims.Of(peers);
        aims.Print();
        TimeBreakdown.Print([await TimeBreakdown.MeasureAsync(paths[0]), await TimeBreakdown.MeasureAsync(paths[2])]);
    }

    if (options.FailoverRegion is { } region)
    {
        (await FailoverDrill.RunAsync(world, control, region)).Print();
        (await WithdrawalDrill.RunAsync(world, control, region)).Print();
    }

    (await TtfbSurvey.RunAsync(world.EdgeUrl, control, options.Samples)).Print();
}

// The flood needs limits a few loops can cross, which the measurements above must never meet: a world of its own.
await using (var floodWorld = await WorldHost.StartAsync(options.Regions, TimeSpan.FromMinutes(5), FloodDrill.EdgeSettings()))
{
    await DemoPage.WaitUntilServedAsync(TimeSpan.FromMinutes(2), floodWorld.EdgeUrl);
    Console.WriteLine();
    Console.WriteLine(await MachineLoad.SettleAsync(TimeSpan.FromSeconds(60)));
    (await FloodDrill.RunAsync(floodWorld.EdgeUrl)).Print();
}

Console.WriteLine();
Console.WriteLine(await MachineLoad.DescribeAsync(TimeSpan.FromSeconds(3)));
Console.WriteLine(aims.SummaryLine());
