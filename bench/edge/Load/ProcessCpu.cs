using System.Globalization;

namespace Xdt.Bench.Edge.Load;

/// <summary>
/// CPU time (user + system) consumed so far by a set of processes and their children, from <c>/proc</c>: how much of
/// the machine each hop of a path costs per request. Linux counts in clock ticks of 10 ms (USER_HZ 100).
/// </summary>
public static class ProcessCpu
{
    private const double MsPerTick = 10;

    /// <summary>Milliseconds of CPU used by the processes (and the children they have now, e.g. nginx's workers).</summary>
    public static double Ms(IEnumerable<int> processIds) =>
        processIds.SelectMany(WithChildren).Distinct().Sum(Ticks) * MsPerTick;

    private static IEnumerable<int> WithChildren(int pid)
    {
        yield return pid;
        var children = $"/proc/{pid}/task/{pid}/children";
        if (File.Exists(children))
        {
            foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return int.Parse(child, CultureInfo.InvariantCulture);
            }
        }
    }

    private static long Ticks(int pid)
    {
        try
        {
            // Fields after the parenthesised command name: state is the 3rd field, utime the 14th, stime the 15th.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process has gone
        }
    }
}
