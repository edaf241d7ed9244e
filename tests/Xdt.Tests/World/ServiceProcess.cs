using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Xdt.Tests.World;

/// <summary>Kills a service of a running world the hard way (SIGKILL: no graceful stop) and starts it again.</summary>
public static class ServiceProcess
{
    /// <summary>
    /// Finds the service's own process (not the `dotnet run` wrapper) by the resource name Aspire gives it as
    /// OTEL_SERVICE_NAME and the executable it runs, and kills it.
    /// </summary>
    public static async Task KillAsync(XdtWorld world, string resourceName, string executableName)
    {
        var killed = 0;
        foreach (var pidDirectory in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            if (!TryRead(Path.Combine(pidDirectory, "cmdline"), out var cmdline)
                || !cmdline.Split('\0')[0].EndsWith("/" + executableName, StringComparison.Ordinal)
                || !TryRead(Path.Combine(pidDirectory, "environ"), out var environ)
                || !environ.Split('\0').Contains($"OTEL_SERVICE_NAME={resourceName}"))
            {
                continue;
            }

            using var process = Process.GetProcessById(int.Parse(Path.GetFileName(pidDirectory), System.Globalization.CultureInfo.InvariantCulture));
            process.Kill();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            killed++;
        }

        Assert.True(killed == 1, $"Expected to kill exactly one {executableName} process for {resourceName}, killed {killed}.");

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await world.App.ResourceNotifications.WaitForResourceAsync(resourceName,
            e => e.Snapshot.State?.Text is "Exited" or "Finished" or "FailedToStart", cts.Token);
    }

    public static async Task StartAsync(XdtWorld world, string resourceName)
    {
        using var cts = new CancellationTokenSource(WorldSettings.StartTimeout);
        var commands = world.App.Services.GetRequiredService<ResourceCommandService>();
        var result = await commands.ExecuteCommandAsync(resourceName, KnownResourceCommands.StartCommand, cts.Token);
        Assert.True(result.Success, $"Starting {resourceName} failed: {result.Message}");
        await world.App.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, cts.Token);
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
