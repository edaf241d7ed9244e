using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Autoscaling;

/// <summary>
/// Every region's <see cref="RegionAutoscaler"/> fed with the edge's own in-flight counts (<see cref="LoadTracker"/>):
/// <see cref="Tick"/> samples each region every <see cref="AutoscalingOptions.SampleInterval"/> and decides once per
/// <see cref="AutoscalingOptions.SyncPeriod"/> on the period's mean. The app host reads the desired counts
/// (<c>/_xdt/autoscaling</c>) and starts or stops the storefront instances it declared (see
/// <see cref="RegionScalingStatus.Mode"/>). Ticks come from one <see cref="AutoscalerService"/>; readers (status page,
/// metrics) may call from any thread.
/// </summary>
public sealed class ScalingBoard
{
    private readonly Lock _gate = new();
    private readonly LoadTracker _load;
    private readonly InstanceBoard _instances;
    private readonly AutoscalingOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, RegionScaling> _regions;
    private DateTimeOffset _nextDecision;

    public ScalingBoard(
        EdgeTopology topology, LoadTracker load, InstanceBoard instances, IOptions<AutoscalingOptions> options, TimeProvider time)
    {
        (_load, _instances) = (load, instances);
        _options = options.Value;
        _time = time;
        // A region starts at the minimum, as a Deployment created with the HPA's minReplicas does.
        _regions = topology.Regions.ToDictionary(
            r => r.Name, _ => new RegionScaling(new RegionAutoscaler(_options, time), _options.MinInstances), StringComparer.OrdinalIgnoreCase);
        _nextDecision = time.GetUtcNow() + _options.SyncPeriod;
    }

    /// <summary>Samples every region; once a sync period has passed, decides and returns the regions whose desired count changed.</summary>
    public IReadOnlyList<ScalingChange> Tick()
    {
        lock (_gate)
        {
            foreach (var (name, region) in _regions)
            {
                region.Sample(_load.InFlight(name));
            }

            var now = _time.GetUtcNow();
            if (now < _nextDecision)
            {
                return [];
            }

            _nextDecision = now + _options.SyncPeriod;
            return _regions.Select(r => r.Value.Decide(r.Key)).OfType<ScalingChange>().ToArray();
        }
    }

    public int DesiredOf(string region)
    {
        lock (_gate)
        {
            return _regions.TryGetValue(region, out var r) ? r.Desired : _options.MinInstances;
        }
    }

    public RegionScalingStatus? Status(string region)
    {
        lock (_gate)
        {
            if (!_regions.TryGetValue(region, out var r))
            {
                return null;
            }

            return new RegionScalingStatus(
                _instances.LiveCount(region), _instances.DeclaredCount(region), r.Desired, r.Last?.Recommended ?? r.Desired, r.Last?.InFlightPerInstance ?? 0,
                _options.TargetInFlightPerInstance, r.Last?.At, r.ChangedAt, _instances.Status(region));
        }
    }
}
