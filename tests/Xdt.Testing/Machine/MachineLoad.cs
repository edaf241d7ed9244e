using System.Globalization;

namespace Xdt.Testing.Machine;

/// <summary>
/// A benchmark's figures depend on how busy the machine is (its clients and the world share the cores), so each run
/// says so next to them: the share of the cores busy while the world idles, by /proc/stat (the
/// load average counts sleeping processes and says little here).
/// </summary>
public static class MachineLoad
{
    /// <summary>
    /// Waits (at most <paramref name="limit"/>) until a second passes with under half of the cores busy: a world just
    /// started is still compiling and catching up, and would be measured instead of the path under test.
    /// </summary>
    public static async Task<string> SettleAsync(TimeSpan limit)
    {
        var started = DateTime.UtcNow;
        double busy;
        do
        {
            var before = CpuTimes.Read();
            await Task.Delay(TimeSpan.FromSeconds(1));
            busy = CpuTimes.Read().BusyShareSince(before);
        }
        while (busy >= 0.5 && DateTime.UtcNow - started < limit);

        return string.Create(CultureInfo.InvariantCulture,
            $"Settled to {busy:0%} busy after {(DateTime.UtcNow - started).TotalSeconds:0} s (limit {limit.TotalSeconds:0} s).");
    }

    public static async Task<string> DescribeAsync(TimeSpan over)
    {
        var before = CpuTimes.Read();
        await Task.Delay(over);
        var busy = CpuTimes.Read().BusyShareSince(before);
        var loadAverage = File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "unknown";
        return string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {busy:0%} busy over {over.TotalSeconds:0} s with nothing measured running, load average (1/5/15 min) {loadAverage}.");
    }
}
