using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Diagnostics;

namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// Drives the <see cref="ScalingBoard"/> on the injected clock: a tick every sample interval, a decision every sync
/// period. A change of a region's desired count is logged and counted; an unchanged one is neither.
/// </summary>
public sealed partial class AutoscalerService(
    ScalingBoard board, EdgeMetrics metrics, IOptions<AutoscalingOptions> options, TimeProvider time, ILogger<AutoscalerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SampleInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var change in board.Tick())
                {
                    var d = change.Decision;
                    DesiredChanged(logger, change.Region, change.Previous, d.Desired, d.InFlightPerInstance, d.Recommended);
                    metrics.ScalingDecided(change.Region, change.Direction);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(4001, LogLevel.Information,
        "Autoscaler: region {Region} should run {Desired} instances (was {Previous}; {InFlightPerInstance:0.#} in flight per instance, arithmetic {Recommended})")]
    private static partial void DesiredChanged(ILogger logger, string region, int previous, int desired, double inFlightPerInstance, int recommended);
}
