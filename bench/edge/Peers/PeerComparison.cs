using Xdt.Bench.Edge.Load;

namespace Xdt.Bench.Edge.Peers;

/// <summary>
/// The edge router, nginx and direct, measured in one run against the same storefront. A calibration pass (each path
/// after its warm-up, closed-loop) fixes the open-loop rates; then the paths take turns, round after round (A B C A B C
/// …), each block after the same warm-up, so a slow spell of the shared machine is seen as spread between rounds
/// instead of favouring whichever path ran at a quiet moment.
/// </summary>
public sealed record PeerComparison(
    BenchOptions Options, string NginxVersion, IReadOnlyList<PeerBlock> Calibration, PeerRates Rates, IReadOnlyList<PeerBlock> Blocks)
{
    public static async Task<PeerComparison> RunAsync(IReadOnlyList<PeerPath> paths, int storefrontProcess, BenchOptions options, string nginxVersion)
    {
        // Before anything is measured, every path runs long enough under load for the JIT's tiering to settle and the
        // world's start-up work to finish: a cold router would otherwise set the calibration's rates.
        foreach (var path in paths)
        {
            Progress($"settling {path.Name}");
            using var client = path.CreateClient(options.Connections);
            await new ClosedLoop(client, path.Page, options.Connections).RunAsync(3 * options.WarmUp);
        }

        var calibration = new List<PeerBlock>();
        foreach (var path in paths)
        {
            Progress($"calibrating {path.Name}");
            calibration.Add(await MeasureAsync(path, 0, storefrontProcess, options, null));
        }

        var rates = PeerRates.From(calibration);
        var blocks = new List<PeerBlock>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var path in paths)
            {
                Progress($"round {round}: {path.Name}");
                blocks.Add(await MeasureAsync(path, round, storefrontProcess, options, rates));
            }
        }

        return new PeerComparison(options, nginxVersion, calibration, rates, blocks);
    }

    public PathSummary Summary(string path) => PathSummary.Of(path, Blocks.Where(b => b.Path == path).ToList());

    private static async Task<PeerBlock> MeasureAsync(PeerPath path, int round, int storefrontProcess, BenchOptions options, PeerRates? rates)
    {
        using var single = path.CreateClient(1);
        using var many = path.CreateClient(options.Connections);
        // Every block starts the same way: new connections, then the warm-up at both connection counts.
        await new ClosedLoop(many, path.Page, options.Connections).RunAsync(options.WarmUp);
        await new ClosedLoop(single, path.Page, 1).RunAsync(options.WarmUp);

        // Calibration only needs a rough rate: its phases are as short as the warm-up.
        var phase = rates is null ? options.WarmUp : options.Duration;
        var closedSingle = await new ClosedLoop(single, path.Page, 1).RunAsync(phase);
        var proxyCpu = ProcessCpu.Ms(path.ProxyProcesses);
        var storefrontCpu = ProcessCpu.Ms([storefrontProcess]);
        var closedMany = await new ClosedLoop(many, path.Page, options.Connections).RunAsync(phase);
        var proxyMsPerRequest = path.ProxyProcesses.Count == 0 ? double.NaN : (ProcessCpu.Ms(path.ProxyProcesses) - proxyCpu) / closedMany.Requests;
        var storefrontMsPerRequest = (ProcessCpu.Ms([storefrontProcess]) - storefrontCpu) / closedMany.Requests;
        if (rates is null)
        {
            return new PeerBlock(round, path.Name, closedSingle, closedMany, null, null, proxyMsPerRequest, storefrontMsPerRequest);
        }

        var openSingle = await new OpenLoop(single, path.Page, 1).RunAsync(rates.Single, options.Duration);
        var openMany = await new OpenLoop(many, path.Page, options.Connections).RunAsync(rates.Many, options.Duration);
        return new PeerBlock(round, path.Name, closedSingle, closedMany, openSingle, openMany, proxyMsPerRequest, storefrontMsPerRequest);
    }

    /// <summary>Where a run of several minutes is, on stderr so the report on stdout stays a report.</summary>
    private static void Progress(string step) => Console.Error.WriteLine($"   … {step}");
}
