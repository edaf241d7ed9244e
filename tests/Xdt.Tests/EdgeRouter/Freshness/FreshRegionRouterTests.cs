using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xdt.Catalog.Replication;
using Xdt.EdgeRouter.Freshness;
using Xdt.EdgeRouter.Routing;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Freshness;

[Trait(Tier.Name, Tier.Unit)]
public sealed class FreshRegionRouterTests
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();
    private readonly FreshnessBoard _board = new();
    private readonly IReadOnlyList<RankedRegion> _usable =
        RoutingFixtures.Selector().Rank(ClientCities.Berlin.Location, RoutingPolicy.Empty, Regions.All);

    private FreshRegionRouter Router() =>
        new(_board, Options.Create(new FreshnessOptions { MaxWait = TimeSpan.FromMilliseconds(500) }), _time);

    private void Publish(Region region, ulong lsn) =>
        _board.Publish(new FreshnessSample(region.Name, lsn, "0/0", null, null, 0, 0, _time.GetUtcNow()));

    [Fact]
    public async Task ChooseAsync_NearestIsRebuildingItsReplica_AFreshRegionFurtherAway()
    {
        foreach (var region in Regions.All)
        {
            Publish(region, 30);
        }

        // Frankfurt reports a high LSN, but its rows are the old ones until its rebuild commits.
        _board.Publish(new FreshnessSample(Regions.Frankfurt.Name, 30, "0/1E", null, null, 0, 0, _time.GetUtcNow(), new RebuildCopy(5, 100)));

        var decision = await Router().ChooseAsync(_usable, 20, CancellationToken.None).WaitAsync(TestTimeout);
        Assert.NotNull(decision);
        Assert.NotEqual(Regions.Frankfurt, decision.Region);
        Assert.Equal(_usable.First(r => r.Region != Regions.Frankfurt).Region, decision.Region);
    }

    [Fact]
    public async Task ChooseAsync_NearestCatchesUpOnALaterPoll_FreshWaitOnNearest()
    {
        Publish(Regions.Frankfurt, 10);
        var choice = Router().ChooseAsync(_usable, 20, CancellationToken.None);
        Assert.False(choice.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(200));
        Publish(Regions.Frankfurt, 15);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        Publish(Regions.Frankfurt, 20);

        var decision = await choice.WaitAsync(TestTimeout);
        Assert.Equal(Regions.Frankfurt, decision!.Region);
        Assert.Equal(RouteTags.FreshWait, decision.Route);
    }

    [Fact]
    public async Task ChooseAsync_NobodyCatchesUpWithinMaxWait_Core()
    {
        Publish(Regions.Frankfurt, 10);
        var choice = Router().ChooseAsync(_usable, 20, CancellationToken.None);

        _time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(choice.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var decision = await choice.WaitAsync(TestTimeout);
        Assert.Equal(Regions.Core, decision!.Region);
        Assert.Equal(RouteTags.Core, decision.Route);
    }

    [Fact]
    public async Task ChooseAsync_AlreadyFresh_AnswersWithoutWaiting()
    {
        Publish(Regions.Frankfurt, 30);

        var decision = await Router().ChooseAsync(_usable, 20, CancellationToken.None).WaitAsync(TestTimeout);

        Assert.Equal(RouteTags.Nearest, decision!.Route);
    }
}
