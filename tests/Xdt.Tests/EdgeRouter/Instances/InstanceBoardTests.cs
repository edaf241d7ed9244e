using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Instances;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Instances;

/// <summary>Which storefront instance of a region takes a request, and how many count towards its limits.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class InstanceBoardTests
{
    private readonly RegionUpstream _frankfurt;
    private readonly InstanceBoard _board;

    public InstanceBoardTests()
    {
        var topology = EdgeTopology.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Xdt:Regions"] = "frankfurt",
            ["services:storefront-frankfurt:http:0"] = "http://127.0.0.1:1",
            ["services:storefront-frankfurt-2:http:0"] = "http://127.0.0.1:2",
            ["services:storefront-frankfurt-3:http:0"] = "http://127.0.0.1:3",
            ["services:storefront-beijing:http:0"] = "http://127.0.0.1:4",
        }).Build());
        _frankfurt = topology.Find("frankfurt")!;
        _board = new InstanceBoard(topology, Options.Create(new HealthOptions { FailuresToWithdraw = 2 }), NullLogger<InstanceBoard>.Instance);
    }

    private StorefrontInstance Instance(int n) => _frankfurt.Instances[n - 1];

    [Fact]
    public void Topology_DeclaredInstances_AreReadInOrderWithTheFirstAsAnchor()
    {
        Assert.Equal(["storefront-frankfurt", "storefront-frankfurt-2", "storefront-frankfurt-3"], _frankfurt.Instances.Select(i => i.Name));
        Assert.True(_frankfurt.IsAnchor(Instance(1)));
        Assert.False(_frankfurt.IsAnchor(Instance(2)));
        Assert.Equal(new Uri("http://127.0.0.1:1/"), _frankfurt.Storefront);
        Assert.Equal(3, _board.DeclaredCount("frankfurt"));
    }

    [Fact]
    public void Pick_OnlyTheAnchorLive_AlwaysTheAnchor()
    {
        _board.ReportProbe(Instance(1), healthy: true, failure: null);
        _board.ReportProbe(Instance(2), healthy: false, failure: "refused");

        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(Instance(1), _board.Pick(_frankfurt)));
        Assert.Equal(1, _board.LiveCount("frankfurt"));
    }

    [Fact]
    public void Pick_NothingProbedYet_FallsBackToTheAnchor()
    {
        Assert.Equal(Instance(1), _board.Pick(_frankfurt));
        Assert.Equal(1, _board.LiveCount("frankfurt"));
    }

    [Fact]
    public void Pick_TwoLive_TheOneWithFewerRequestsInFlight()
    {
        _board.ReportProbe(Instance(1), healthy: true, failure: null);
        _board.ReportProbe(Instance(2), healthy: true, failure: null);
        using var busy = _board.Enter(Instance(1));

        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(Instance(2), _board.Pick(_frankfurt)));
        Assert.Equal(2, _board.LiveCount("frankfurt"));
    }

    [Fact]
    public void Pick_TwoLiveAndIdle_TakesThemInTurn()
    {
        _board.ReportProbe(Instance(1), healthy: true, failure: null);
        _board.ReportProbe(Instance(2), healthy: true, failure: null);

        var picked = Enumerable.Range(0, 10).Select(_ => _board.Pick(_frankfurt).Name).ToHashSet();

        Assert.Equal(["storefront-frankfurt", "storefront-frankfurt-2"], picked.Order());
    }

    [Fact]
    public void LiveCount_AddedInstanceFailsItsProbes_DropsOnlyAfterEnoughFailures()
    {
        _board.ReportProbe(Instance(1), healthy: true, failure: null);
        _board.ReportProbe(Instance(2), healthy: true, failure: null);

        _board.ReportProbe(Instance(2), healthy: false, failure: "refused");
        Assert.Equal(2, _board.LiveCount("frankfurt"));
        _board.ReportProbe(Instance(2), healthy: false, failure: "refused");
        Assert.Equal(1, _board.LiveCount("frankfurt"));
    }

    [Fact]
    public void ReportFailure_ARequestCouldNotReachTheInstance_NoMoreTrafficUntilAProbeFindsItHealthy()
    {
        _board.ReportProbe(Instance(1), healthy: true, failure: null);
        _board.ReportProbe(Instance(2), healthy: true, failure: null);

        _board.ReportFailure(Instance(2), "refused");
        Assert.Equal(1, _board.LiveCount("frankfurt"));
        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(Instance(1), _board.Pick(_frankfurt)));

        _board.ReportProbe(Instance(2), healthy: true, failure: null);
        Assert.Equal(2, _board.LiveCount("frankfurt"));
    }

    [Fact]
    public void Status_EveryDeclaredInstance_WithLivenessAndInFlight()
    {
        _board.ReportProbe(Instance(1), healthy: true, failure: null);
        using var lease = _board.Enter(Instance(1));

        var status = _board.Status("frankfurt");

        Assert.Equal(3, status.Count);
        Assert.Equal(new InstanceStatus("storefront-frankfurt", "http://127.0.0.1:1/", Live: true, InFlight: 1), status[0]);
        Assert.False(status[1].Live);
    }
}
