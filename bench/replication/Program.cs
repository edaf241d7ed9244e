// bench/replication: write-to-visible latency per region under sustained price updates, side by side with PostgreSQL's
// own logical replication in alternating rounds, and catch-up speed after a region was cut off from Kafka. Usage: dotnet run -c Release --project bench/replication -- [--regions all|a,b]
// [--rate 500] [--duration 30] [--rounds 3] [--warmup 3] [--first-warmup 10] [--stores 12] [--products 2400] [--cutoff 60] [--cutoff-region frankfurt]
// [--Xdt:Broker:…=…] (extra settings for the world, e.g. a small retention to see a rebuild)
using Xdt.Bench.Replication;
using Xdt.Testing;
using Xdt.Testing.Machine;

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

// The peer: PostgreSQL's own logical replication from the same primary to the same region servers.
var replicas = new List<(string Region, string Replica)>();
foreach (var region in options.Regions)
{
    replicas.Add((region.Name, await world.GetConnectionStringAsync($"replica-{region.Name}")));
}

var native = new NativeReplication(primary, replicas);
await native.SetUpAsync(options.Products);
foreach (var (region, replica) in replicas)
{
    await Eventually.UntilAsync(async () => await native.RowsAsync(replica) == options.Products, TimeSpan.FromMinutes(2),
        $"the native subscriber in {region} to hold the benchmark table");
}

var nativeDriver = new NativeUpdateDriver(primary, options.Products);

// A world just started keeps both cores busy for a minute recompiling its hot code (tier 1) in every process; the
// first updates also compile the write and apply paths. Measured straight away, the rounds would measure the JIT (the
// native path has none), so each path first runs once at the rate, unmeasured, and the machine is left to settle.
foreach (var (path, load) in new (string, Func<CancellationToken, Task>)[]
    { ("xdt", token => driver.RunAsync(options.Rate, token)), ("native", token => nativeDriver.RunAsync(options.Rate, token)) })
{
    using var pass = new CancellationTokenSource(options.FirstWarmup);
    await load(pass.Token);
}

Console.WriteLine(await MachineLoad.SettleAsync(TimeSpan.FromMinutes(2)));

// Phase 1: the same update load on both paths, alternating (A B A B …), each round after the same warm-up.
var probes = replicas.Select(r => VisibilityProbe.Catalog(r.Region, r.Replica, storeIds)).ToList();
var nativeProbes = replicas.Select(r => VisibilityProbe.Native(r.Region, native.SubscriberConnectionString(r.Replica))).ToList();
var stages = new StageProbe(world.Endpoint("kafka", "kafka").Authority, storeIds);
var roundLength = options.Duration / options.Rounds;
var rounds = new List<SideBySideRound>();
using (var window = new CancellationTokenSource())
{
    var since = DateTime.UtcNow;
    var probing = probes.Concat(nativeProbes).Select(p => p.RunAsync(since, window.Token)).Append(stages.RunAsync(window.Token)).ToList();
    for (var round = 1; round <= options.Rounds; round++)
    {
        var ours = await SideBySideRound.RunAsync("xdt", token => driver.RunAsync(options.Rate, token), () => driver.Sent, roundLength, options.Warmup);
        var theirs = await SideBySideRound.RunAsync("native", token => nativeDriver.RunAsync(options.Rate, token), () => nativeDriver.Sent, roundLength, options.Warmup);
        rounds.Add(ours);
        rounds.Add(theirs);
        Console.WriteLine($"round {round}: xdt {ours.Achieved:0}/s, native {theirs.Achieved:0}/s");
    }

    await Task.Delay(TimeSpan.FromSeconds(2)); // let the last updates arrive before the window closes
    await window.CancelAsync();
    await Task.WhenAll(probing);
}

await native.TearDownAsync();

Console.WriteLine();
Console.WriteLine($"Write-to-visible latency (primary commit → row readable in the region), {options.Rate} updates/s requested, " +
    $"{options.Rounds} alternating rounds of {roundLength.TotalSeconds:0} s per path; xdt through the admin (sent {driver.Sent}, " +
    $"failed {driver.Failed}), native straight into the primary (sent {nativeDriver.Sent}, failed {nativeDriver.Failed}):");
Console.WriteLine(LatencySummary.Header);
foreach (var probe in probes)
{
    Console.WriteLine(LatencySummary.Of(SideBySideRound.Samples(rounds, "xdt", probe)).Row(probe.Region));
}

var oursOverall = LatencySummary.Of(probes.SelectMany(p => SideBySideRound.Samples(rounds, "xdt", p)).ToList());
var nativeOverall = LatencySummary.Of(nativeProbes.SelectMany(p => SideBySideRound.Samples(rounds, "native", p)).ToList());
Console.WriteLine(oursOverall.Row("xdt all"));
Console.WriteLine(nativeOverall.Row("native all"));
Console.WriteLine("p99 per round (the spread):");
foreach (var path in new[] { "xdt", "native" })
{
    var pathProbes = path == "xdt" ? probes : nativeProbes;
    var perRound = rounds.Where(r => r.Path == path)
        .Select(r => LatencySummary.Of(pathProbes.SelectMany(p => p.SamplesWrittenBetween(r.From, r.To)).ToList()).P99).ToList();
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"  {path,-7} {string.Join("  ", perRound.Select(p => $"{p:0.0}"))} ms (min {perRound.Min():0.0}, max {perRound.Max():0.0})"));
}

Console.WriteLine();
Console.WriteLine("Stages of our path (a stream reader's view; fetch→visible in a region ≈ its total minus these):");
foreach (var row in stages.Rows())
{
    Console.WriteLine(row);
}

foreach (var probe in probes)
{
    Console.WriteLine(stages.ProducedToVisible(probe));
}

Console.WriteLine(LatencySummary.Of(
    [.. rounds.Where(r => r.Path == "xdt").SelectMany(r => driver.AnswerTimesBetween(r.From, r.To))]).Row("admin answer  "));
var achieved = rounds.Where(r => r.Path == "xdt").Average(r => r.Achieved);
var summary = string.Create(System.Globalization.CultureInfo.InvariantCulture,
    $"replication: p99 {oursOverall.P99:0} ms at {achieved:0}/s achieved, native p99 {nativeOverall.P99:0} ms, ratio {oursOverall.P99 / nativeOverall.P99:0.00}");

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

Console.WriteLine();
Console.WriteLine(summary);
