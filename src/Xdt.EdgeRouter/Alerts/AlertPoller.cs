using System.Text.Json;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Forwarding;

namespace Xdt.EdgeRouter.Alerts;

/// <summary>
/// Reads the firing alerts from the world's Prometheus every poll interval into the <see cref="AlertBoard"/>. Whatever
/// fails (refused, timed out, not Prometheus) makes the alerts unknown until the next answer: the status page never
/// fails because monitoring does.
/// </summary>
public sealed partial class AlertPoller(
    AlertBoard board, UpstreamClients clients, IOptions<AlertsOptions> options, TimeProvider time, ILogger<AlertPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (o.PrometheusUrl is not { } prometheus)
        {
            return;
        }

        var uri = new Uri(new Uri(prometheus.ToString().TrimEnd('/') + "/"), AlertsOptions.AlertsPath);
        using var timer = new PeriodicTimer(o.PollInterval, time);
        var failing = false;
        try
        {
            do
            {
                using var timeout = new CancellationTokenSource(o.PollTimeout, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
                try
                {
                    using var response = await clients.Probes.GetAsync(uri, linked.Token);
                    response.EnsureSuccessStatusCode();
                    using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(linked.Token), default, linked.Token);
                    board.Publish(AlertsStatus.Read(prometheus, time.GetUtcNow(), PrometheusAlerts.Firing(json.RootElement)));
                    failing = false;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    board.Publish(AlertsStatus.Unreachable(prometheus, time.GetUtcNow(), ex.Message));
                    if (!failing)
                    {
                        PollFailed(logger, uri, ex.Message);
                    }

                    failing = true;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(2101, LogLevel.Debug, "Alerts from {Uri} unavailable: {Error}")]
    private static partial void PollFailed(ILogger logger, Uri uri, string error);
}
