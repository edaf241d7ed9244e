using System.Diagnostics;
using System.Globalization;
using Xdt.Hosting.Processes;

namespace Xdt.AppHost.Infrastructure;

/// <summary>
/// Finds and stops what an app host killed with SIGKILL may have left running on a state directory: every resource's
/// process is recorded in <c>{state}/pids/{resource}.pid</c> as "pid start-time" while it runs
/// (<see cref="ResourcePidRecorder"/>), and the next start on that directory stops each recorded process that still
/// runs — the same pid with the same kernel start time, so a reused pid is never touched — before it declares anything:
/// a leftover broker or PostgreSQL server would otherwise share a data directory with its successor.
/// </summary>
public static class LeftoverProcesses
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(20);

    public static string PidDirectory(string stateDirectory) => Path.Combine(stateDirectory, "pids");

    public static void Record(string stateDirectory, string resource, int pid)
    {
        if (StartTime(pid) is not { } started)
        {
            return;
        }

        var directory = PidDirectory(stateDirectory);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, resource + ".pid");
        File.WriteAllText(file + ".tmp", string.Create(CultureInfo.InvariantCulture, $"{pid} {started}\n"));
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>Stops every recorded process that still runs (gracefully, then SIGKILL after a grace period) and forgets them all.</summary>
    /// <returns>What was found running, as "resource (pid)".</returns>
    public static IReadOnlyList<string> StopAll(string stateDirectory)
    {
        var directory = PidDirectory(stateDirectory);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var running = new List<(string Resource, Process Process)>();
        foreach (var file in Directory.GetFiles(directory, "*.pid"))
        {
            if (Read(file) is { } recorded && StartTime(recorded.Pid) == recorded.Started)
            {
                var process = Process.GetProcessById(recorded.Pid);
                // PostgreSQL's fast shutdown is SIGINT (SIGTERM waits for every client to leave); .NET services stop on SIGTERM.
                _ = PosixSignal.Send(recorded.Pid, process.ProcessName == "postgres" ? PosixSignal.Interrupt : PosixSignal.Terminate);
                running.Add((Path.GetFileNameWithoutExtension(file), process));
            }

            File.Delete(file);
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(Grace.TotalSeconds * Stopwatch.Frequency);
        foreach (var (_, process) in running)
        {
            var left = TimeSpan.FromSeconds(Math.Max(0, (deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency));
            if (!process.WaitForExit(left))
            {
                process.Kill();
                process.WaitForExit(Grace);
            }
        }

        return [.. running.Select(r => $"{r.Resource} ({r.Process.Id})")];
    }

    private static (int Pid, long Started)? Read(string file)
    {
        var parts = File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started)
            ? (pid, started)
            : null;
    }

    /// <summary>The process's start time in clock ticks since boot (field 22 of <c>/proc/{pid}/stat</c>), or null when it is gone.</summary>
    public static long? StartTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[19], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
