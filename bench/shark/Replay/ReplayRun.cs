using Xdt.Bench.Shark.Report;
using Xdt.Bench.Shark.Simulation;

namespace Xdt.Bench.Shark.Replay;

/// <summary><c>--simulate --replay FILE</c>: the edge front simulated at a recorded real run's scale, printed beside that run.</summary>
public static class ReplayRun
{
    public static int Run(string path)
    {
        var real = RealRunRecord.Load(path);
        var settings = ReplaySettings.From(real);
        var simulated = Simulate(settings);
        Console.Write(SimulationReport.Format(settings, [simulated]));
        var checks = ReplayComparison.Compare(real, simulated);
        Console.Write(ReplayReport.Format(real, checks));
        Console.WriteLine();
        Console.WriteLine(ReplayReport.Summary(checks));
        return 0;
    }

    public static FrontResult Simulate(SimulationSettings settings) => FrontSimulation.Run(Front.Edge, settings, Crowd.Draw(settings));
}
