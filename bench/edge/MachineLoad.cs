using System.Globalization;

namespace Xdt.Bench.Edge;

/// <summary>
/// The figures of this benchmark depend on how busy the machine is (client, router and storefronts share its
/// cores), so each run says so next to them.
/// </summary>
public static class MachineLoad
{
    public static string Describe()
    {
        var loadAverage = File.Exists("/proc/loadavg")
            ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "unknown";
        return string.Create(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, load average (1/5/15 min) {loadAverage}.");
    }
}
