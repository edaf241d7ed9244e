using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xdt.HttpContract;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Applies the edge's autoscaler to the local world: every poll interval it reads each region's desired instances from
/// the edge (<c>GET /_xdt/autoscaling</c>) and starts or stops the region's declared storefront instances through
/// Aspire's own start and stop commands — what a person could do from the dashboard — so instance n runs exactly when
/// the region wants n or more. The first instance is never stopped. The edge learns of a started instance from its
/// health probes and of a stopped one from failed probes or requests.
/// </summary>
internal sealed partial class StorefrontScaler(
    ResourceNotificationService notifications, ResourceCommandService commands, ScalingEntry entry, ILogger<StorefrontScaler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await notifications.WaitForResourceHealthyAsync(entry.EdgeResource, stoppingToken);
            using var http = new HttpClient { BaseAddress = new Uri(entry.Edge.Url), Timeout = TimeSpan.FromSeconds(5) };
            using var timer = new PeriodicTimer(entry.PollInterval);
            do
            {
                if (await ReadWantedAsync(http, stoppingToken) is { } wanted)
                {
                    await Task.WhenAll(entry.Regions.Select(region => ApplyAsync(
                        region, wanted.FirstOrDefault(w => w.Region == region.Name)?.Desired ?? 1, stoppingToken)));
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping, and every instance with it.
        }
    }

    private async Task<WantedInstances[]?> ReadWantedAsync(HttpClient http, CancellationToken stoppingToken)
    {
        try
        {
            return await http.GetFromJsonAsync<WantedInstances[]>(XdtPaths.Autoscaling, stoppingToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException
            || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            // The edge is restarting or busy: keep the instances as they are until it answers again.
            EdgeUnreadable(logger, ex.Message);
            return null;
        }
    }

    private async Task ApplyAsync(ScaledRegion region, int desired, CancellationToken stoppingToken)
    {
        var target = Math.Clamp(desired, 1, region.Instances.Count);
        for (var i = 1; i < region.Instances.Count; i++)
        {
            var name = region.Instances[i];
            var state = notifications.TryGetCurrentState(name, out var e) ? e.Snapshot.State?.Text : null;
            var wanted = i < target;
            if (wanted && IsStopped(state))
            {
                Starting(logger, region.Name, name, desired, state ?? "unknown");
                await ExecuteAsync(name, KnownResourceCommands.StartCommand, stoppingToken);
            }
            else if (!wanted && IsActive(state))
            {
                Stopping(logger, region.Name, name, desired);
                await ExecuteAsync(name, KnownResourceCommands.StopCommand, stoppingToken);
            }
        }
    }

    private async Task ExecuteAsync(string resource, string command, CancellationToken stoppingToken)
    {
        var result = await commands.ExecuteCommandAsync(resource, command, stoppingToken);
        if (!result.Success)
        {
            // The next poll tries again.
            CommandFailed(logger, command, resource, result.Message ?? "no reason given");
        }
    }

    private static bool IsStopped(string? state) =>
        state is null || state == KnownResourceStates.NotStarted || state == KnownResourceStates.Exited
        || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart;

    private static bool IsActive(string? state) =>
        state == KnownResourceStates.Running || state == KnownResourceStates.Starting || state == KnownResourceStates.Waiting
        || state == KnownResourceStates.RuntimeUnhealthy;

    [LoggerMessage(5001, LogLevel.Information, "Scale-out of {Region} (the edge wants {Desired}): starting {Instance} (was {State})")]
    private static partial void Starting(ILogger logger, string region, string instance, int desired, string state);

    [LoggerMessage(5002, LogLevel.Information, "Scale-in of {Region} (the edge wants {Desired}): stopping {Instance}")]
    private static partial void Stopping(ILogger logger, string region, string instance, int desired);

    [LoggerMessage(5003, LogLevel.Warning, "Command {Command} on {Instance} failed: {Reason}")]
    private static partial void CommandFailed(ILogger logger, string command, string instance, string reason);

    [LoggerMessage(5004, LogLevel.Debug, "The edge's autoscaler could not be read: {Reason}")]
    private static partial void EdgeUnreadable(ILogger logger, string reason);
}
