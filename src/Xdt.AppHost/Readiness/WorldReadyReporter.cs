using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xdt.Geography;
using Xdt.HttpContract;

namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// Says once, on the console, when the world is really up: every resource healthy and every region's shoppers served by
/// that region through the edge — with the time it took since its process started. <c>scripts/start-world.sh</c> execs
/// into the app host, which keeps the script's process: from the start command, its set-up and build check included. A person starting the world waits
/// for this line instead of watching the dashboard.
/// </summary>
internal sealed partial class WorldReadyReporter(
    ResourceNotificationService notifications,
    DistributedApplicationModel model,
    EdgeEntry edge,
    MonitoringEntry monitoring,
    ILogger<WorldReadyReporter> logger) : BackgroundService
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // A resource declared with explicit start (an added storefront instance) runs only when wanted.
            foreach (var resource in model.Resources.Where(r => r is ExecutableResource or ContainerResource
                && !r.Annotations.OfType<ExplicitStartupAnnotation>().Any()))
            {
                await notifications.WaitForResourceHealthyAsync(resource.Name, stoppingToken);
            }

            using var http = new HttpClient { BaseAddress = new Uri(edge.Endpoint.Url), Timeout = TimeSpan.FromSeconds(5) };
            foreach (var region in edge.Regions)
            {
                while (!await ServedByAsync(http, region, stoppingToken))
                {
                    await Task.Delay(ProbeInterval, stoppingToken);
                }
            }

            var took = DateTime.Now - Process.GetCurrentProcess().StartTime;
            LogReady(logger, edge.Regions.Count, edge.Endpoint.Url, took.TotalSeconds, edge.Endpoint.Url + XdtPaths.StatusPage, monitoring.Prometheus.Url);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it was up.
        }
    }

    /// <summary>The region's own shoppers (located by the trusted header from 127.0.0.1) land on it and get the demo store.</summary>
    private static async Task<bool> ServedByAsync(HttpClient http, Region region, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/s/demo");
            request.Headers.Add(XdtHeaders.ClientLocation, region.Name);
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                && response.Headers.TryGetValues(XdtHeaders.Region, out var served) && served.Contains(region.Name);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Refused, or timed out on a machine too busy to answer in time: not served yet, ask again. Only the
            // world's own stop ends the wait; an exception here would stop the app host (and the whole world) with it.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Xdt is up: all {Regions} regions serving through the edge at {Edge}, {Seconds:0.0} s after its process started; status page {Status}, Prometheus {Prometheus}")]
    private static partial void LogReady(ILogger logger, int regions, string edge, double seconds, string status, string prometheus);
}
