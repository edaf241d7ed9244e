using System.Globalization;

namespace Xdt.Testing.Machine;

/// <summary>
/// The machine's CPU counters from <c>/proc/stat</c> (all cores, in clock ticks). A benchmark's clients and the world's
/// services share the cores, so every figure is printed beside how busy the whole machine was while it was taken; the
/// load average says little here (it counts sleeping processes).
/// </summary>
public readonly record struct CpuTimes(long Busy, long Total)
{
    public static CpuTimes Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice": guest time is already in user.
        var fields = File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Sum();
        return new CpuTimes(total - idle, total);
    }

    /// <summary>Share of all cores busy between <paramref name="earlier"/> and this reading (NaN without /proc/stat).</summary>
    public double BusyShareSince(CpuTimes earlier) =>
        Total - earlier.Total is var total and > 0 ? (double)(Busy - earlier.Busy) / total : double.NaN;
}
