// bench/kafka: our broker (src/Xdt.KafkaHost, its own process) beside librdkafka's mock cluster (in this process), in one
// run: open-loop produce → consumed latency at each rate, then one producer's and one consumer's 1 KB throughput;
// rounds alternate ours, mock, ours, mock after the same warm-up. Usage: dotnet run -c Release --project bench/kafka --
// [--duration 5] [--rates 1000,10000] [--rounds 2] [--events 60000] [--warmup 2]
using System.Globalization;
using Xdt.Bench.Kafka;
using Xdt.Bench.Kafka.Brokers;
using Xdt.Bench.Kafka.Runs;

var options = BenchOptions.Parse(args);
var started = System.Diagnostics.Stopwatch.StartNew();
var payloads = new Payloads();
var loadAverage = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, load average {loadAverage}.");

await using var ours = await KafkaHostBroker.StartAsync(TimeSpan.FromSeconds(60));
await using var mock = new MockBroker();
IBenchBroker[] brokers = [ours, mock];
foreach (var broker in brokers)
{
    Console.WriteLine($"{broker.Name}: {broker.Description}");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Clients: producer acks=all, idempotent, lz4, linger 1 ms; consumer fetch.wait.max.ms 10, assigned; 1 KB events. " +
    $"Latency {options.Duration.TotalSeconds:0} s per rate ({LatencyRun.Partitions} partitions), throughput {options.Events} events ({ThroughputRun.Partitions} partitions)."));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up: {options.WarmUp.TotalSeconds:0} s at {options.Rates[0]}/s and 10000 events of throughput on each broker."));
foreach (var broker in brokers)
{
    await new LatencyRun(broker, payloads).RunAsync(options.Rates[0], options.WarmUp);
    await new ThroughputRun(broker, payloads).RunAsync(10_000);
}

var runs = new List<RunFigures>();
for (var round = 1; round <= options.Rounds; round++)
{
    foreach (var broker in brokers)
    {
        runs.Add(await BrokerRound.RunAsync(broker, round, options.Rates, options.Duration, options.Events, payloads));
    }
}

Console.WriteLine();
Console.WriteLine($"Median of {options.Rounds} rounds each (latency from each event's scheduled send time to its consumption):");
var report = new Report(runs, ours.Name, mock.Name);
report.Print(options.Rates);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Took {started.Elapsed.TotalSeconds:0} s; brokers stopped next."));
Console.WriteLine(report.Verdict(options.Rates[0]));
