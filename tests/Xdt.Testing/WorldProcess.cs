using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Xdt.Testing;

/// <summary>Kills a service of a running world the hard way (SIGKILL: no graceful stop) and starts it again.</summary>
public static class WorldProcess
{
    /// <summary>
    /// Finds the service's own process (not the `dotnet run` wrapper) by the resource name Aspire gives it as
    /// OTEL_SERVICE_NAME and the executable it runs, kills it and waits until Aspire has seen it exit.
    /// </summary>
    /// <returns>The <see cref="Stopwatch"/> timestamp at which the signal was sent, for timing what follows.</returns>
    public static async Task<long> KillAsync(WorldHost world, string resourceName, string executableName)
    {
        var found = FindProcessIds(resourceName, executableName).ToList();
        if (found.Count != 1)
        {
            throw new InvalidOperationException(
                $"Expected exactly one {executableName} process for {resourceName}, found {found.Count}.");
        }

        using var process = Process.GetProcessById(found[0]);
        var killedAt = Stopwatch.GetTimestamp();
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await world.App.ResourceNotifications.WaitForResourceAsync(resourceName,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", cts.Token);
        return killedAt;
    }

    public static async Task StartAsync(WorldHost world, string resourceName, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var commands = world.App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(resourceName, KnownResourceCommands.StartCommand, cts.Token);
        if (!result.Success)
        {
            throw new InvalidOperationException($"Starting {resourceName} failed: {result.Message}");
        }

        await world.App.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, cts.Token);
    }

    private static IEnumerable<int> FindProcessIds(string resourceName, string executableName)
    {
        foreach (var pidDirectory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(pidDirectory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && TryRead(Path.Combine(pidDirectory, "cmdline"), out var cmdline)
                && cmdline.Split('\0')[0].EndsWith("/" + executableName, StringComparison.Ordinal)
                && TryRead(Path.Combine(pidDirectory, "environ"), out var environ)
                && environ.Split('\0').Contains($"OTEL_SERVICE_NAME={resourceName}"))
            {
                yield return pid;
            }
        }
    }

    private static bool TryRead(string path, out string content)
    {
        try
        {
            content = File.ReadAllText(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            content = "";
            return false; // the process ended while we looked
        }
    }
}
