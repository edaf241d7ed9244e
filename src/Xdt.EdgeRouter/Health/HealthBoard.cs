using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Diagnostics;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Health;

/// <summary>The health state machine of every active region; the prober, the forwarder and the control API report here.</summary>
public sealed class HealthBoard
{
    private readonly FrozenDictionary<string, RegionHealth> _regions;
    private readonly TimeProvider _time;
    private readonly EdgeMetrics _metrics;
    private readonly ILogger<HealthBoard> _logger;

    public HealthBoard(EdgeTopology topology, IOptions<HealthOptions> options, TimeProvider time, EdgeMetrics metrics, ILogger<HealthBoard> logger)
    {
        var o = options.Value;
        _regions = topology.Regions.ToFrozenDictionary(
            r => r.Name, r => new RegionHealth(r.Name, o.HoldDown, o.FailuresToWithdraw), StringComparer.OrdinalIgnoreCase);
        (_time, _metrics, _logger) = (time, metrics, logger);
    }

    public bool TryGet(string region, out RegionHealth health) => _regions.TryGetValue(region, out health!);

    public RegionHealthSnapshot Snapshot(string region) => _regions[region].Snapshot();

    public void ReportProbe(string region, bool healthy, string? failure) =>
        Observe(region, _regions[region].ReportProbe(healthy, _time.GetUtcNow(), failure), failure);

    public void ReportPassiveFailure(string region, string failure) =>
        Observe(region, _regions[region].ReportPassiveFailure(_time.GetUtcNow(), failure), failure);

    /// <summary>
    /// Lifts every operator withdrawal (through the usual hold-down) and drain. What the probes observed stays: a region
    /// that is really down stays withdrawn.
    /// </summary>
    public void ClearOperatorOverrides()
    {
        var now = _time.GetUtcNow();
        foreach (var health in _regions.Values)
        {
            health.Heal(now);
            health.SetDrained(false, now);
        }
    }

    private void Observe(string region, HealthTransition transition, string? failure)
    {
        switch (transition)
        {
            case HealthTransition.Withdrawn:
                _metrics.Withdrawn(region);
                HealthLog.Withdrawn(_logger, region, failure ?? "unknown");
                break;
            case HealthTransition.HoldDownStarted:
                HealthLog.HoldDown(_logger, region);
                break;
            case HealthTransition.Announced:
                HealthLog.Announced(_logger, region);
                break;
        }
    }
}
