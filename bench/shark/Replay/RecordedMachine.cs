namespace Xdt.Bench.Shark.Replay;

/// <summary>The machine while the crowd ran: the figures mean little without its load beside them.</summary>
/// <param name="LoadAverageBefore">The 1, 5 and 15 minute load averages (<c>/proc/loadavg</c>, as <c>uptime</c> prints them) as the crowd began.</param>
/// <param name="LoadAverageAfter">The same as the crowd ended.</param>
/// <param name="BusyShare">Share of all cores busy over the crowd (<c>/proc/stat</c>; trusted over the load average, which counts sleeping processes).</param>
/// <param name="CrowdSeconds">Wall time from the first arrival to the last page.</param>
public sealed record RecordedMachine(int Cores, string LoadAverageBefore, string LoadAverageAfter, double BusyShare, double CrowdSeconds)
{
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
