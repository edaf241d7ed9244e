using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Hosting;

namespace Xdt.AppHost.Infrastructure;

/// <summary>Writes each resource's process id to the state directory as soon as it runs (see <see cref="LeftoverProcesses"/>).</summary>
public sealed class ResourcePidRecorder(ResourceNotificationService notifications, InfrastructureSettings infrastructure) : BackgroundService
{
    private const string PidProperty = "executable.pid";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recorded = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (ProcessId(update.Snapshot) is { } pid
                    && (!recorded.TryGetValue(update.Resource.Name, out var known) || known != pid))
                {
                    recorded[update.Resource.Name] = pid;
                    LeftoverProcesses.Record(infrastructure.StateDirectory, update.Resource.Name, pid);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping, and its resources with it.
        }
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
