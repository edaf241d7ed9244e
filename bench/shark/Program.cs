// bench/shark: a flash crowd of shoppers against the edge. Without `--simulate` it starts a world and releases real
// sessions against its edge (Real/RealRun.cs); `--simulate` runs the discrete-event simulation (the edge's own routing,
// overflow and autoscaling code on a simulated clock) for three fronts on the same crowd.
// Usage: dotnet run -c Release --project bench/shark -- [--duration 60] [--shoppers 1800] [--regions all|a,b] [--soft 2]
// [--hard 6] [--latency-simulation on|off] [--seed 1]
// or: dotnet run -c Release --project bench/shark -- --simulate [--shoppers 80000] [--seed 1] [--service-ms 8]
// [--workers 2] [--instances 2] [--max-instances 12] [--target 2] [--soft 3] [--hard 6] [--pod-start 30]
// or: dotnet run -c Release --project bench/shark -- --simulate --replay bench/shark/Calibration/real-run.json
// (the simulation at a recorded real run's scale and calibration, beside that run's figures)
using System.Diagnostics;
using Xdt.Bench.Shark.Real;
using Xdt.Bench.Shark.Replay;
using Xdt.Bench.Shark.Report;
using Xdt.Bench.Shark.Simulation;
using Xdt.Testing;

var arguments = new BenchArguments(args);
if (!arguments.Has("simulate"))
{
    return await RealRun.RunAsync(args);
}

if (arguments.Get("replay") is { } recorded)
{
    return ReplayRun.Run(recorded);
}

const string chart = "artifacts/shark-simulated.png";
var settings = SimulationSettings.Parse(args);
var watch = Stopwatch.StartNew();
var crowd = Crowd.Draw(settings);
// The fronts share nothing but the (read-only) crowd: run them side by side; each stays deterministic.
var fronts = Front.All.AsParallel().AsOrdered().Select(f => FrontSimulation.Run(f, settings, crowd)).ToArray();
var simulated = watch.Elapsed;
Console.Write(SimulationReport.Format(settings, fronts));
SharkChart.Save(fronts[0].Series, fronts[0].Front.Name, chart);
Console.WriteLine();
Console.WriteLine($"(simulated {settings.Duration.TotalSeconds:0} s of three fronts in {simulated.TotalSeconds:0.0} s of wall time)");
Console.WriteLine(SimulationReport.Summary(fronts[0], chart));
return 0;
