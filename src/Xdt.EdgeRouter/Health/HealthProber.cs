using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Forwarding;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Health;

/// <summary>
/// Active health checks: GET every storefront instance's <c>/health</c> every probe interval with a short timeout. The
/// anchor instance's probes decide the region's announcement; every instance's decide whether it takes traffic (an
/// instance that is not live — most likely not started — is asked every <see cref="HealthOptions.IdleInstanceProbeInterval"/>
/// instead, so the idle world's added instances cost next to nothing).
/// </summary>
public sealed class HealthProber(
    EdgeTopology topology, HealthBoard board, InstanceBoard instances, UpstreamClients clients, IOptions<HealthOptions> options,
    TimeProvider time)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(topology.Regions.SelectMany(r => r.Instances.Select(i => ProbeLoopAsync(r, i, stoppingToken))));

    private async Task ProbeLoopAsync(RegionUpstream region, StorefrontInstance instance, CancellationToken stoppingToken)
    {
        var o = options.Value;
        var uri = new Uri(instance.Url, o.ProbePath.TrimStart('/'));
        var anchor = region.IsAnchor(instance);
        var idleEvery = Math.Max(1, (int)Math.Ceiling(o.IdleInstanceProbeInterval / o.ProbeInterval));
        using var timer = new PeriodicTimer(o.ProbeInterval, time);
        var tick = 0;
        do
        {
            // An added instance that is not live is most likely not started: asking less often keeps an idle world light.
            if (!anchor && !instances.IsLive(instance) && tick++ % idleEvery != 0)
            {
                continue;
            }

            var (healthy, failure) = await ProbeAsync(uri, o.ProbeTimeout, stoppingToken);
            if (anchor)
            {
                board.ReportProbe(region.Name, healthy, failure);
            }

            instances.ReportProbe(instance, healthy, failure);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<(bool Healthy, string? Failure)> ProbeAsync(Uri uri, TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeoutSource.Token);
        try
        {
            using var response = await clients.Probes.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return response.IsSuccessStatusCode ? (true, null) : (false, $"probe answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException ex)
        {
            return (false, "probe failed: " + (ex.HttpRequestError == HttpRequestError.Unknown ? ex.Message : ex.HttpRequestError.ToString()));
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (false, "probe timed out");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Whatever else failed counts against the storefront; the probe loop itself never ends before the host.
            return (false, "probe failed: " + ex.Message);
        }
    }
}
