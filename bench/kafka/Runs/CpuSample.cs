using System.Globalization;

namespace Xdt.Bench.Kafka.Runs;

/// <summary>
/// The machine's CPU counters from /proc/stat (all cores, in clock ticks): the busy share between two samples is
/// what the figures of a run were measured under (the load average says little on this machine).
/// </summary>
public readonly record struct CpuSample(long Busy, long Total)
{
    public static CpuSample Now()
    {
        if (!File.Exists("/proc/stat"))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guest time is already in user.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Sum();
        return new CpuSample(total - idle, total);
    }

    /// <summary>Share of all cores busy since <paramref name="earlier"/>, 0–1.</summary>
    public double BusyShareSince(CpuSample earlier) =>
        Total > earlier.Total ? (double)(Busy - earlier.Busy) / (Total - earlier.Total) : 0;
}
