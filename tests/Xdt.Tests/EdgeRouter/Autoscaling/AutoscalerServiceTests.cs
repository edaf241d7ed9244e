using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Diagnostics;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Autoscaling;

/// <summary>The hosted loop on a fake clock: a change of the desired count reaches the decisions counter, by direction.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class AutoscalerServiceTests
{
    [Fact]
    public async Task Execute_LoadAboveTarget_CountsOneScaleUpDecisionForTheRegion()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var load = new LoadTracker();
        var topology = new EdgeTopology([new RegionUpstream(Regions.Frankfurt, new Uri("http://127.0.0.1:1/"))], admin: null);
        var options = Options.Create(new AutoscalingOptions { MinInstances = 1, TargetInFlightPerInstance = 10 });
        var instances = new InstanceBoard(topology, Options.Create(new HealthOptions()), NullLogger<InstanceBoard>.Instance);
        var board = new ScalingBoard(topology, load, instances, options, time);
        using var provider = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        var metrics = new EdgeMetrics(factory, load, topology, board, instances);

        var decisions = new ConcurrentQueue<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "xdt.edge.autoscaler.decisions")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            decisions.Enqueue(string.Join(',', tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
        listener.Start();

        var leases = Enumerable.Range(0, 40).Select(_ => load.Enter("frankfurt")).ToList();
        using var service = new AutoscalerService(board, metrics, options, time, NullLogger<AutoscalerService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            // Each step moves the fake clock one sample interval; the loop decides once the 15 s sync period has passed.
            await Eventually.UntilAsync(() =>
            {
                time.Advance(TimeSpan.FromSeconds(1));
                return Task.FromResult(!decisions.IsEmpty);
            }, TimeSpan.FromSeconds(10), "a scaling decision counted");
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
            leases.ForEach(l => l.Dispose());
        }

        Assert.Equal(["region=frankfurt,direction=up"], decisions);
        Assert.Equal(4, board.DesiredOf("frankfurt"));
    }
}
