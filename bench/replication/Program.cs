// bench/replication: write-to-visible latency per region under sustained price updates, and catch-up speed after a
// region was cut off from Kafka. Usage: dotnet run -c Release --project bench/replication -- [--regions all|a,b]
// [--rate 500] [--duration 30] [--stores 12] [--products 2400] [--cutoff 60] [--cutoff-region frankfurt]
// [--Xdt:Broker:…=…] (extra settings for the world, e.g. a small retention to see a rebuild)
using Xdt.Bench.Replication;
using Xdt.Testing;

var options = BenchOptions.Parse(args);
Console.WriteLine($"Starting a world of {options.Regions.Count} regions ...");
var started = DateTime.UtcNow;
await using var world = await WorldHost.StartAsync(options.Regions, TimeSpan.FromMinutes(5), options.WorldSettings);
Console.WriteLine($"World healthy in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");

var primary = await world.GetConnectionStringAsync("primary");
var perStore = options.Products / options.Stores;
var storeIds = await BenchStore.CreateAsync(primary, options.Stores, perStore);
foreach (var region in options.Regions)
{
    await Eventually.UntilAsync(async () => await BenchStore.LiveProductsAsync(
        await world.GetConnectionStringAsync($"replica-{region.Name}"), storeIds) == perStore * options.Stores, TimeSpan.FromMinutes(2),
        $"replica-{region.Name} to hold the bench stores");
}

using var admin = AdminClient.Create(world.Endpoint("admin"));
var driver = new PriceUpdateDriver(admin, options.Stores, perStore);

// Phase 1: sustained updates, latency seen by every region.
var probes = new List<VisibilityProbe>();
foreach (var region in options.Regions)
{
    probes.Add(new VisibilityProbe(region.Name, await world.GetConnectionStringAsync($"replica-{region.Name}"), storeIds));
}

var stages = new StageProbe(world.Endpoint("kafka", "kafka").Authority, storeIds);
using (var window = new CancellationTokenSource())
{
    var since = DateTime.UtcNow;
    var probing = probes.Select(p => p.RunAsync(since, window.Token)).Append(stages.RunAsync(window.Token)).ToList();
    using (var load = new CancellationTokenSource(options.Duration))
    {
        await driver.RunAsync(options.Rate, load.Token);
    }

    await Task.Delay(TimeSpan.FromSeconds(2)); // let the last updates arrive before the window closes
    await window.CancelAsync();
    await Task.WhenAll(probing);
}

Console.WriteLine();
Console.WriteLine($"Write-to-visible latency (admin commit → row readable in the replica), {options.Rate} updates/s for " +
    $"{options.Duration.TotalSeconds:0} s through the admin; sent {driver.Sent}, failed {driver.Failed}:");
Console.WriteLine(LatencySummary.Header);
foreach (var probe in probes)
{
    Console.WriteLine(LatencySummary.Of(probe.Samples).Row(probe.Region));
}

Console.WriteLine(LatencySummary.Of(probes.SelectMany(p => p.Samples).ToList()).Row("overall"));
Console.WriteLine();
Console.WriteLine("Stages (a stream reader's view; fetch→visible in a region ≈ its total minus these):");
foreach (var row in stages.Rows())
{
    Console.WriteLine(row);
}

foreach (var probe in probes)
{
    Console.WriteLine(stages.ProducedToVisible(probe));
}

Console.WriteLine(LatencySummary.Of(driver.AnswerTimes).Row("admin answer  "));

// Phase 2: one region cut off while updates flow, then healed.
using var control = AdminClient.CreateControl(world.Endpoint($"replicator-{options.CutoffRegion}"));
var meter = new CatchUpMeter(control, primary);
await meter.CutAsync();
using (var load = new CancellationTokenSource(options.Cutoff))
{
    await driver.RunAsync(options.Rate, load.Token);
}

var catchUp = await meter.HealAndMeasureAsync(TimeSpan.FromMinutes(5));
Console.WriteLine();
Console.WriteLine($"Catch-up of {options.CutoffRegion} after {options.Cutoff.TotalSeconds:0} s cut off at {options.Rate} updates/s:");
Console.WriteLine($"  how               {catchUp.How}");
Console.WriteLine($"  events applied    {catchUp.Events} after the heal");
Console.WriteLine($"  time from heal    {catchUp.FromHeal.TotalSeconds:0.00} s (includes rejoining the consumer group)");
Console.WriteLine($"  apply time        {catchUp.FromFirstApply.TotalSeconds:0.00} s");
Console.WriteLine($"  catch-up rate     {catchUp.EventsPerSecond:0} events/s");
Console.WriteLine(catchUp.PositionsLost == 0
    ? "  log               every event of the outage was still in the log"
    : $"  log               {catchUp.PositionsLost} partition positions fell out of the broker's retention during the outage; {catchUp.Rebuilds} rebuild(s)");
if (catchUp.UnansweredPolls > 0)
{
    Console.WriteLine($"  status polls      {catchUp.UnansweredPolls} unanswered within 5 s while catching up");
}
