using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Xdt.Testing;

/// <summary>
/// Kills a process of a running world the hard way (SIGKILL: no graceful stop) and starts it again. The process is the
/// one this world's orchestrator started for the resource (its <c>executable.pid</c>): each service runs as its own
/// binary, each database as its own server, so that pid is the real thing and nothing else on the machine is touched.
/// </summary>
public static class WorldProcess
{
    private const string PidProperty = "executable.pid";

    /// <summary>The process id of a running resource of this world (e.g. to read its CPU time).</summary>
    public static async Task<int> IdAsync(WorldHost world, string resourceName, CancellationToken cancellationToken)
    {
        var running = await world.App.ResourceNotifications.WaitForResourceAsync(resourceName,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && ProcessId(e.Snapshot) is not null, cancellationToken);
        return ProcessId(running.Snapshot)!.Value;
    }

    /// <returns>The <see cref="Stopwatch"/> timestamp at which the signal was sent, for timing what follows.</returns>
    public static async Task<long> KillAsync(WorldHost world, string resourceName)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var process = Process.GetProcessById(await IdAsync(world, resourceName, cts.Token));
        var killedAt = Stopwatch.GetTimestamp();
        process.Kill();
        await process.WaitForExitAsync(cts.Token);

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

    /// <summary>The process id of a running resource (waits until it runs).</summary>
    public static async Task<int> ProcessIdAsync(WorldHost world, string resourceName, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var running = await world.App.ResourceNotifications.WaitForResourceAsync(resourceName,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && ProcessId(e.Snapshot) is not null, cts.Token);
        return ProcessId(running.Snapshot)!.Value;
    }

    /// <summary>Waits until the app host's health checks of a resource report <paramref name="status"/>.</summary>
    public static async Task WaitForHealthAsync(WorldHost world, string resourceName, HealthStatus status, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await world.App.ResourceNotifications.WaitForResourceAsync(resourceName, e => e.Snapshot.HealthStatus == status, cts.Token);
    }

    private static int? ProcessId(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == PidProperty)?.Value switch
        {
            int pid => pid,
            long pid => (int)pid,
            string text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) => pid,
            _ => null,
        };
}
