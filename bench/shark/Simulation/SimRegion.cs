using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>
/// One region in the simulation: its live and starting instances, one queue in front of all live instances' workers
/// (the edge balancing a region's requests over its instances as well as it can), the requests in flight to it as
/// the edge counts them, and the time integral of that count for the autoscaler's average.
/// </summary>
public sealed class SimRegion(Region region, int index, int instances, int workersPerInstance, RegionCapacity? perInstance, RegionAutoscaler? autoscaler)
{
    /// <summary>Limits so high that nothing ever spills: the fronts without overflow.</summary>
    private static readonly RegionCapacity Unlimited = new(int.MaxValue - 1, int.MaxValue);

    private readonly Queue<SimRequest> _queue = new();
    private readonly List<long> _starting = [];
    private double _integral;
    private double _integratedTo;
    private double _windowStart;

    public Region Region => region;

    public int Index => index;

    public RegionAutoscaler? Autoscaler => autoscaler;

    public int Ready { get; private set; } = instances;

    public int Starting => _starting.Count;

    public int InFlight { get; private set; }

    public int Waiting { get; private set; }

    public int Busy { get; private set; }

    public int PeakWaiting { get; private set; }

    /// <summary>What the production selector is told about this region: its limits follow its live instances.</summary>
    public RegionSnapshot Snapshot() =>
        new(region, Available: true, InFlight, perInstance is { } limits ? limits.ForInstances(Ready) : Unlimited);

    public void EnterFlight(double now)
    {
        Integrate(now);
        InFlight++;
    }

    public void LeaveFlight(double now)
    {
        Integrate(now);
        InFlight--;
    }

    /// <summary>Average in-flight count since the previous call: the metric the autoscaler reads.</summary>
    public double TakeAverageInFlight(double now)
    {
        Integrate(now);
        var average = now > _windowStart ? _integral / (now - _windowStart) : InFlight;
        (_integral, _windowStart) = (0, now);
        return average;
    }

    public bool TryTakeWorker()
    {
        if (Busy >= Ready * workersPerInstance)
        {
            return false;
        }

        Busy++;
        return true;
    }

    public void ReleaseWorker() => Busy--;

    public void Enqueue(SimRequest request)
    {
        request.State = RequestState.Queued;
        _queue.Enqueue(request);
        PeakWaiting = Math.Max(PeakWaiting, ++Waiting);
    }

    /// <summary>The oldest request still waiting (those whose shopper gave up are dropped), or null.</summary>
    public SimRequest? Dequeue()
    {
        while (_queue.TryDequeue(out var request))
        {
            if (request.State == RequestState.Queued)
            {
                Waiting--;
                return request;
            }
        }

        return null;
    }

    public void GiveUp(SimRequest request)
    {
        request.State = RequestState.TimedOut;
        Waiting--;
    }

    public void StartInstance(long id) => _starting.Add(id);

    /// <returns>False when the start was cancelled by a scale-in meanwhile.</returns>
    public bool InstanceReady(long id)
    {
        if (!_starting.Remove(id))
        {
            return false;
        }

        Ready++;
        return true;
    }

    /// <summary>Scale-in: starting instances are cancelled first (newest first), then live ones stop taking work.</summary>
    public void StopInstances(int count)
    {
        var cancelled = Math.Min(count, _starting.Count);
        _starting.RemoveRange(_starting.Count - cancelled, cancelled);
        Ready -= count - cancelled;
    }

    private void Integrate(double now)
    {
        _integral += InFlight * (now - _integratedTo);
        _integratedTo = now;
    }
}
