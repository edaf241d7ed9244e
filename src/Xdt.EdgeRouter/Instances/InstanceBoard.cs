using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;

namespace Xdt.EdgeRouter.Instances;

/// <summary>
/// Every declared storefront instance of every region: which are live (probed healthy), how many requests each has in
/// flight, and which one takes the next request. A region's capacity is its live instances' (see
/// <see cref="RegionCapacity.ForInstances"/>), so a region that scaled out stops spilling by itself.
/// </summary>
public sealed class InstanceBoard
{
    private readonly FrozenDictionary<string, InstanceHealth[]> _regions;
    private readonly FrozenDictionary<string, InstanceHealth> _instances;
    private readonly LoadTracker _load = new();
    private readonly ILogger<InstanceBoard> _logger;
    private int _rotation;

    public InstanceBoard(EdgeTopology topology, IOptions<HealthOptions> options, ILogger<InstanceBoard> logger)
    {
        var failures = options.Value.FailuresToWithdraw;
        _regions = topology.Regions.ToFrozenDictionary(
            r => r.Name, r => r.Instances.Select(i => new InstanceHealth(r.Name, i, failures)).ToArray(), StringComparer.OrdinalIgnoreCase);
        _instances = _regions.Values.SelectMany(i => i).ToFrozenDictionary(i => i.Instance.Name, StringComparer.OrdinalIgnoreCase);
        _logger = logger;
    }

    public void ReportProbe(StorefrontInstance instance, bool healthy, string? failure)
    {
        var health = _instances[instance.Name];
        if (health.Report(healthy))
        {
            Changed(health, failure ?? "probe failed");
        }
    }

    /// <summary>A request could not reach the instance: no more traffic to it until a probe finds it healthy again.</summary>
    public void ReportFailure(StorefrontInstance instance, string failure)
    {
        var health = _instances[instance.Name];
        if (health.Fail())
        {
            Changed(health, "request failed: " + failure);
        }
    }

    public bool IsLive(StorefrontInstance instance) => _instances[instance.Name].IsLive;

    /// <summary>Live instances of the region, at least one: the anchor's health is the region's, decided elsewhere.</summary>
    public int LiveCount(string region) =>
        _regions.TryGetValue(region, out var all) ? Math.Max(1, all.Count(i => i.IsLive)) : 1;

    public int DeclaredCount(string region) => _regions.TryGetValue(region, out var all) ? all.Length : 1;

    /// <summary>
    /// The live instance with the fewest requests in flight (ties taken in turn); the anchor when none is live, since
    /// the region was chosen because it is announced.
    /// </summary>
    public StorefrontInstance Pick(RegionUpstream region)
    {
        var all = _regions[region.Name];
        var start = (int)((uint)Interlocked.Increment(ref _rotation) % (uint)all.Length);
        InstanceHealth? best = null;
        var bestInFlight = int.MaxValue;
        for (var i = 0; i < all.Length; i++)
        {
            var candidate = all[(start + i) % all.Length];
            var inFlight = _load.InFlight(candidate.Instance.Name);
            if (candidate.IsLive && inFlight < bestInFlight)
            {
                (best, bestInFlight) = (candidate, inFlight);
            }
        }

        return (best ?? all[0]).Instance;
    }

    /// <summary>Counts a request against the instance until the lease is disposed.</summary>
    public LoadTracker.Lease Enter(StorefrontInstance instance) => _load.Enter(instance.Name);

    public IReadOnlyList<InstanceStatus> Status(string region) =>
        _regions.TryGetValue(region, out var all)
            ? all.Select(i => new InstanceStatus(i.Instance.Name, i.Instance.Url.ToString(), i.IsLive, _load.InFlight(i.Instance.Name))).ToArray()
            : [];

    private void Changed(InstanceHealth health, string reason)
    {
        var all = _regions[health.Region];
        var (live, declared) = (all.Count(i => i.IsLive), all.Length);
        if (health.IsLive)
        {
            InstanceLog.Live(_logger, health.Instance.Name, health.Region, live, declared);
        }
        else
        {
            InstanceLog.Gone(_logger, health.Instance.Name, health.Region, reason, live, declared);
        }
    }
}
