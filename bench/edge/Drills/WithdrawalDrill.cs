using System.Diagnostics;
using Xdt.Geography;
using Xdt.Testing;
using static System.FormattableString;
using Xdt.HttpContract;

namespace Xdt.Bench.Edge.Drills;

/// <summary>
/// The router's timings the end-to-end tests no longer assert (they check the behaviour; the figures are printed
/// here): how soon a region whose storefront died while nobody shopped there is withdrawn — only the active probes can
/// notice — and that a recovered region waits out the whole hold-down before it is announced again, after a restart
/// and after an operator's fail and heal. Times are the router's own (the status page's <c>since</c>).
/// </summary>
public sealed record WithdrawalDrill(Region Region, TimeSpan HoldDown, TimeSpan? WithdrawnAfterKill, Recovery AfterRestart, Recovery AfterHeal)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    public static async Task<WithdrawalDrill> RunAsync(WorldHost world, EdgeControl control, Region region)
    {
        var storefront = $"storefront-{region}";
        var holdDown = await control.HoldDownAsync();
        await Eventually.UntilAsync(async () => await control.RegionHealthAsync(region.Name) == "up", Within, $"{region} to be up");

        var killedAt = await WorldProcess.KillAsync(world, storefront);
        var killedUtc = DateTimeOffset.UtcNow - Stopwatch.GetElapsedTime(killedAt);
        var withdrawn = await Eventually.HoldsAsync(
            () => control.RegionStateAsync(region.Name), s => s.Health == "withdrawn", Within, $"{region} to be withdrawn");
        // Watched from the restart command on, so a hold-down that begins before the orchestrator reports the
        // storefront healthy is not missed.
        var restarting = Recovery.WatchAsync(control, region.Name, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2) + Within);
        await WorldProcess.StartAsync(world, storefront, TimeSpan.FromMinutes(2));
        var afterRestart = await restarting;

        await control.PostAsync($"{XdtPaths.Control}/regions/{region}/fail");
        await Eventually.UntilAsync(async () => await control.RegionHealthAsync(region.Name) == "withdrawn", Within, $"{region} to be failed");
        var healed = DateTimeOffset.UtcNow;
        await control.PostAsync($"{XdtPaths.Control}/regions/{region}/heal");
        var afterHeal = await Recovery.WatchAsync(control, region.Name, healed, Within);

        return new WithdrawalDrill(region, holdDown, withdrawn.Since - killedUtc, afterRestart, afterHeal);
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine(Invariant($"3. Withdrawal and re-announcement of {Region} (by the router's clock; hold-down {HoldDown.TotalSeconds:0.#} s)"));
        Console.WriteLine(Invariant($"   withdrawn after its storefront was killed, no traffic  {Ms(WithdrawnAfterKill)} after the kill (the tests once asserted < 1500 ms)"));
        Console.WriteLine("   (with traffic: section 2's \"withdrawn on /_xdt/status\"; the tests once asserted < 1000 ms)");
        Console.WriteLine(Row("after the restart", "the restart command", AfterRestart));
        Console.WriteLine(Row("after fail + heal", "heal", AfterHeal));
    }

    private string Row(string label, string start, Recovery r) => Invariant(
        $"   re-announced {label,-18} held down {Ms(r.HeldDown)}, up {Ms(r.StartedToUp)} after {start}: hold-down {(r.UpSince is null ? "never ended" : r.Honoured(HoldDown) ? "honoured" : "NOT honoured")}");

    private static string Ms(TimeSpan? span) => span is { } s ? Invariant($"{s.TotalMilliseconds,7:0} ms") : "  never";
}
