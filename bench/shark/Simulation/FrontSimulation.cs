using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>
/// A discrete-event simulation of one front facing the crowd. Every routing decision is the edge's own
/// <see cref="RegionSelector"/> on snapshots of the simulated regions (in-flight counts against per-instance limits
/// that follow live instances), and every scaling decision is the edge's own <see cref="RegionAutoscaler"/> on a
/// fake clock that follows simulated time. What is modelled here: network time (the edge's <see cref="NetworkModel"/>),
/// queueing and service in a region, pod start-up, shoppers who give up. A request counts against its region's load as
/// it does at the edge (<c>RegionForwarder</c>'s lease): from the edge's dispatch until the answer has reached the
/// shopper, both directions of the round trip included.
/// </summary>
public sealed class FrontSimulation
{
    private static readonly DateTimeOffset Epoch = new(2026, 11, 28, 20, 0, 0, TimeSpan.Zero);

    private readonly Front _front;
    private readonly SimulationSettings _settings;
    private readonly IReadOnlyList<Shopper> _crowd;
    private readonly PriorityQueue<SimEvent, (double At, long Sequence)> _events = new();
    private readonly FakeTimeProvider _clock = new(Epoch);
    private readonly RegionSelector _selector;
    private readonly RoutingPolicy _policy;
    private readonly SimRegion[] _regions;
    private readonly Dictionary<string, SimRegion> _byName;
    private readonly Dictionary<ClientCity, SimRegion> _nearest = [];
    private readonly ShopperState[] _shoppers;
    private readonly FrontRecorder _recorder;
    private long _sequence;
    private long _instanceStarts;
    private double _now;

    public FrontSimulation(Front front, SimulationSettings settings, IReadOnlyList<Shopper> crowd)
    {
        (_front, _settings, _crowd) = (front, settings, crowd);
        _selector = new RegionSelector(NetworkModel.Default, new SeededRandomSource(settings.Seed), "xdt");
        _policy = RoutingPolicy.Empty with { Centralized = front.Centralized };
        _regions = settings.Regions.Select((r, i) => new SimRegion(
            r, i, InitialInstances(r), settings.WorkersPerInstance, front.Overflow ? settings.PerInstance : null,
            front.Autoscale ? new RegionAutoscaler(settings.Autoscaling, _clock) : null)).ToArray();
        _byName = _regions.ToDictionary(r => r.Region.Name, StringComparer.OrdinalIgnoreCase);
        _shoppers = crowd.Select(_ => new ShopperState()).ToArray();
        _recorder = new FrontRecorder(_regions, settings);
    }

    public static FrontResult Run(Front front, SimulationSettings settings, IReadOnlyList<Shopper> crowd) =>
        new FrontSimulation(front, settings, crowd).Run();

    public FrontResult Run()
    {
        // Arrivals are scheduled one ahead (the crowd is sorted by arrival), which keeps the event heap small.
        if (_crowd.Count > 0)
        {
            Schedule(_crowd[0].ArrivalSeconds, new SimEvent(EventKind.Send, _crowd[0], 0));
        }

        var end = _settings.Duration.TotalSeconds;
        for (var t = _settings.Autoscaling.SyncPeriod.TotalSeconds; _front.Autoscale && t <= end; t += _settings.Autoscaling.SyncPeriod.TotalSeconds)
        {
            Schedule(t, new SimEvent(EventKind.Autoscale));
        }

        for (var b = 0; (b + 1) * _settings.Bucket.TotalSeconds <= end; b++)
        {
            Schedule((b + 1) * _settings.Bucket.TotalSeconds, new SimEvent(EventKind.Sample, Page: b));
        }

        while (_events.TryDequeue(out var e, out var at))
        {
            _now = at.At;
            Handle(e);
        }

        return _recorder.Result(_front, _crowd.Count, _settings.Shape.StartSeconds);
    }

    private void Handle(SimEvent e)
    {
        switch (e.Kind)
        {
            case EventKind.Send: Send(e.Shopper!, e.Page); break;
            case EventKind.Arrive: Arrive(e.Request!); break;
            case EventKind.Served: Served(e.Request!); break;
            case EventKind.Delivered: Delivered(e.Request!); break;
            case EventKind.GiveUp: GiveUp(e.Request!); break;
            case EventKind.Autoscale: Autoscale(); break;
            case EventKind.InstanceReady: InstanceReady(e.Region!, e.Start); break;
            case EventKind.Sample: _recorder.Sample(e.Page); break;
        }
    }

    private void Send(Shopper shopper, int page)
    {
        if (page == 0 && shopper.Id + 1 < _crowd.Count)
        {
            var next = _crowd[shopper.Id + 1];
            Schedule(next.ArrivalSeconds, new SimEvent(EventKind.Send, next, 0));
        }

        var state = _shoppers[shopper.Id];
        if (_now > _settings.SendUntilSeconds)
        {
            // The run is over before this page was due: not sent, as the real run does not send it.
            _recorder.SessionEnded(state);
            return;
        }

        var request = new RoutingRequest(shopper.City.Location, shopper.ClientKey, state.StickyRegion, RoutingRequest.NoneExcluded);
        var decision = _selector.Select(request, _policy, _regions.Select(r => r.Snapshot()).ToArray())
            ?? throw new InvalidOperationException("The selector found no region although all are up.");
        var region = _byName[decision.Region.Name];
        var rttMs = _settings.LatencySimulation ? decision.RttMs : 0;
        var sent = new SimRequest(shopper, page, region, _now, rttMs, decision.Route == RouteTags.Overflow);
        region.EnterFlight(_now);
        _recorder.Sent(sent, Nearest(shopper.City));
        Schedule(_now + rttMs / 2000, new SimEvent(EventKind.Arrive, Request: sent));
    }

    private void Arrive(SimRequest request)
    {
        if (request.Region.TryTakeWorker())
        {
            StartService(request);
            return;
        }

        request.Region.Enqueue(request);
        Schedule(request.SentAt + _settings.Timeout.TotalSeconds, new SimEvent(EventKind.GiveUp, Request: request));
    }

    private void StartService(SimRequest request)
    {
        request.State = RequestState.InService;
        Schedule(_now + request.Shopper.ServiceMs[request.Page] / 1000, new SimEvent(EventKind.Served, Request: request));
    }

    /// <summary>A worker finished the page: it takes the next one while the answer travels back.</summary>
    private void Served(SimRequest request)
    {
        var region = request.Region;
        region.ReleaseWorker();
        request.State = RequestState.Answered;
        Schedule(_now + (request.RttMs / 2 + _settings.OverheadMs) / 1000, new SimEvent(EventKind.Delivered, Request: request));
        ServeWaiting(region);
    }

    /// <summary>The answer reached the shopper: the edge's lease on the region ends, the shopper reads and thinks.</summary>
    private void Delivered(SimRequest request)
    {
        var region = request.Region;
        region.LeaveFlight(_now);
        var ttfbMs = (_now - request.SentAt) * 1000;
        _recorder.Answered(request, ttfbMs);

        var shopper = request.Shopper;
        var state = _shoppers[shopper.Id];
        state.StickyRegion = region.Region.Name; // the edge's sticky cookie
        state.SlowestMs = Math.Max(state.SlowestMs, ttfbMs);
        if (request.Page + 1 < shopper.Pages)
        {
            Schedule(_now + shopper.ThinkSeconds[request.Page + 1], new SimEvent(EventKind.Send, shopper, request.Page + 1));
        }
        else
        {
            _recorder.SessionEnded(state);
        }
    }

    private void GiveUp(SimRequest request)
    {
        if (request.State != RequestState.Queued)
        {
            return;
        }

        // The shopper closed the tab: the edge's request is aborted, and the shopper does not come back.
        request.Region.GiveUp(request);
        request.Region.LeaveFlight(_now);
        _recorder.GaveUp(request);
        var state = _shoppers[request.Shopper.Id];
        state.GaveUp = true;
        _recorder.SessionEnded(state);
    }

    private void ServeWaiting(SimRegion region)
    {
        while (region.Waiting > 0 && region.TryTakeWorker())
        {
            if (region.Dequeue() is { } next)
            {
                StartService(next);
            }
            else
            {
                region.ReleaseWorker();
            }
        }
    }

    private void Autoscale()
    {
        _clock.SetUtcNow(Epoch + TimeSpan.FromSeconds(_now));
        foreach (var region in _regions)
        {
            var decision = region.Autoscaler!.Decide(region.Ready + region.Starting, region.TakeAverageInFlight(_now));
            _recorder.Decided(decision);
            if (decision.IsScaleOut)
            {
                for (var i = decision.Current; i < decision.Desired; i++)
                {
                    var start = ++_instanceStarts;
                    region.StartInstance(start);
                    Schedule(_now + _settings.PodStart.TotalSeconds, new SimEvent(EventKind.InstanceReady, Region: region, Start: start));
                }
            }
            else if (decision.IsScaleIn)
            {
                region.StopInstances(decision.Current - decision.Desired);
            }
        }
    }

    private void InstanceReady(SimRegion region, long start)
    {
        if (region.InstanceReady(start))
        {
            _recorder.InstanceReady(region, _now);
            ServeWaiting(region);
        }
    }

    private SimRegion Nearest(ClientCity city)
    {
        if (!_nearest.TryGetValue(city, out var region))
        {
            region = _byName[_selector.Rank(city.Location, RoutingPolicy.Empty, _settings.Regions)[0].Name];
            _nearest[city] = region;
        }

        return region;
    }

    private int InitialInstances(Region region) =>
        !_front.Centralized ? _settings.InitialInstancesOf.GetValueOrDefault(region.Name, _settings.InitialInstances)
        : region == Regions.Core ? _settings.InitialInstances * _settings.Regions.Count
        : 0;

    private void Schedule(double at, SimEvent e) => _events.Enqueue(e, (at, _sequence++));
}
