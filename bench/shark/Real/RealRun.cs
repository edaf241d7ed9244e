using System.Diagnostics;
using System.Globalization;
using Xdt.Bench.Shark.Replay;
using Xdt.Bench.Shark.Report;
using Xdt.Bench.Shark.Simulation;
using Xdt.Testing;
using Xdt.Testing.Machine;

namespace Xdt.Bench.Shark.Real;

/// <summary>
/// The real flash crowd: a world started from the app host, the simulation's crowd drawn the same way, released
/// open-loop against the edge from the cities' loopback blocks, every page timed from its scheduled time.
/// </summary>
public static class RealRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = RealSettings.Parse(args);
        Console.WriteLine("REAL (sessions against a running world on this machine):");
        Console.WriteLine(settings.Describe());
        Console.WriteLine($"Starting a world of {settings.Regions.Count} regions ...");
        var watch = Stopwatch.StartNew();
        await using var world = await WorldHost.StartAsync(settings.Regions, TimeSpan.FromMinutes(5), settings.WorldSettings());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"World healthy in {watch.Elapsed.TotalSeconds:0.0} s."));

        var pages = await StorePages.DiscoverAsync(settings.Regions.Select(r => world.Endpoint($"storefront-{r.Name}")), TimeSpan.FromMinutes(2));
        await WarmUp.RunAsync(world.EdgeUrl, pages);
        Console.WriteLine(await MachineLoad.SettleAsync(TimeSpan.FromSeconds(60)));

        var crowd = Crowd.Draw(settings.Crowd);
        var recorder = new RealRecorder(settings.Regions.Select(r => r.Name), settings.Crowd.Duration, settings.Crowd.Bucket);
        var loadBefore = RecordedMachine.LoadAverage();
        var cpu = CpuTimes.Read();
        watch.Restart();
        var clock = new RunClock();
        using (var sampling = new CancellationTokenSource())
        {
            var instances = InstanceSampler.RunAsync(world.EdgeUrl, clock, recorder, sampling.Token);
            await CrowdRunner.RunAsync(world.EdgeUrl, crowd, settings.Regions, pages, recorder, clock, (settings.Arrivals + settings.Tail).TotalSeconds,
                settings.LatencySimulation);
            await sampling.CancelAsync();
            await instances;
        }

        var busy = CpuTimes.Read().BusyShareSince(cpu);
        var machine = new RecordedMachine(Environment.ProcessorCount, loadBefore, RecordedMachine.LoadAverage(), busy, watch.Elapsed.TotalSeconds);
        var result = recorder.Result(crowd.Count);

        Console.Write(RealReport.Format(settings, result, busy, watch.Elapsed));
        SharkChart.Save(result.Series, "real world, storefront instances started by the autoscaler", RealSettings.Chart);
        RealRunRecording.Of(settings, result, machine, DateTimeOffset.UtcNow).Save(RealRunRecording.Path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load average {machine.LoadAverageBefore} as the crowd began, {machine.LoadAverageAfter} as it ended; the run is recorded in {RealRunRecording.Path} (replay: --simulate --replay {RealRunRecording.Path})"));
        Console.WriteLine();
        Console.WriteLine(RealReport.Summary(result, RealSettings.Chart));
        return 0;
    }
}
