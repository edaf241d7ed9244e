using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Overflow;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Autoscaling;

/// <summary>The edge's autoscaling loop on a fake clock: sampling, one decision per sync period, changes only.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class ScalingBoardTests
{
    private static readonly TimeSpan Sample = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly LoadTracker _load = new();
    private readonly ScalingBoard _board;

    public ScalingBoardTests()
    {
        var topology = new EdgeTopology(
            [new RegionUpstream(Regions.Beijing, new Uri("http://127.0.0.1:1/")), new RegionUpstream(Regions.Sydney, new Uri("http://127.0.0.1:2/"))],
            admin: null);
        var instances = new InstanceBoard(topology, Options.Create(new HealthOptions()), NullLogger<InstanceBoard>.Instance);
        _board = new ScalingBoard(topology, _load, instances, Options.Create(new AutoscalingOptions
        {
            MinInstances = 1,
            MaxInstances = 10,
            TargetInFlightPerInstance = 10,
            SyncPeriod = TimeSpan.FromSeconds(15),
            SampleInterval = Sample,
            ScaleDownStabilization = TimeSpan.FromSeconds(60),
        }), _time);
    }

    /// <summary>Ticks once a second for the given seconds with the given in-flight count in Beijing; returns every change.</summary>
    private List<ScalingChange> Run(int seconds, int beijingInFlight)
    {
        var leases = Enumerable.Range(0, beijingInFlight).Select(_ => _load.Enter("beijing")).ToList();
        var changes = new List<ScalingChange>();
        for (var i = 0; i < seconds; i++)
        {
            _time.Advance(Sample);
            changes.AddRange(_board.Tick());
        }

        leases.ForEach(l => l.Dispose());
        return changes;
    }

    [Fact]
    public void Tick_BeforeOneSyncPeriod_DecidesNothing()
    {
        Assert.Empty(Run(14, beijingInFlight: 60));

        var status = _board.Status("beijing")!;
        Assert.Null(status.DecidedAt);
        Assert.Equal(1, status.Desired);
        Assert.Equal(1, status.LiveInstances);
    }

    [Fact]
    public void Tick_LoadAboveTargetForAPeriod_RecommendsMoreInstancesForThatRegionOnly()
    {
        var change = Assert.Single(Run(15, beijingInFlight: 60));

        Assert.Equal("beijing", change.Region);
        Assert.Equal("up", change.Direction);
        Assert.Equal(1, change.Previous);
        Assert.Equal(6, change.Decision.Desired);
        Assert.Equal(6, _board.DesiredOf("beijing"));
        Assert.Equal(1, _board.DesiredOf("sydney"));
        Assert.Equal("recommendation", _board.Status("beijing")!.Mode);
    }

    [Fact]
    public void Tick_LoadForHalfThePeriod_DecidesOnThePeriodsMean()
    {
        Run(8, beijingInFlight: 0);
        var change = Assert.Single(Run(7, beijingInFlight: 60));

        // Mean of 8 samples at 0 and 7 at 60 = 28 in flight → ceil(1 × 28 / 10) = 3.
        Assert.Equal(28.0, change.Decision.InFlightPerInstance);
        Assert.Equal(3, change.Decision.Desired);
    }

    [Fact]
    public void Tick_SteadyLoadAfterScaleOut_ReportsNoFurtherChange()
    {
        Assert.Single(Run(15, beijingInFlight: 60));

        Assert.Empty(Run(45, beijingInFlight: 60));
        Assert.Equal(6, _board.DesiredOf("beijing"));
        Assert.Equal(10.0, _board.Status("beijing")!.InFlightPerInstance);
    }

    [Fact]
    public void Tick_LoadGone_ScalesInOnlyAfterTheDownWindow()
    {
        Run(15, beijingInFlight: 60);

        // The window holds the highest recommendation of the last 60 s: 6 stays until the scale-up ages out of it.
        Assert.Empty(Run(45, beijingInFlight: 0));
        Assert.Equal(6, _board.DesiredOf("beijing"));
        var change = Assert.Single(Run(15, beijingInFlight: 0));
        Assert.Equal("down", change.Direction);
        Assert.Equal(1, change.Decision.Desired);
    }
}
