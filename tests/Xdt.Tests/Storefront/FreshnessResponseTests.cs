using Xdt.Storefront.Freshness;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Unit)]
public sealed class FreshnessResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public void From_IdlePrimaryLateInTheHeartbeatInterval_HeartbeatLagIsTheApplyDelayWhileAsOfAges()
    {
        // Nothing but heartbeats: the newest, 900 ms ago, was applied 3 ms after its commit.
        var beat = Now.AddMilliseconds(-900);
        var snapshot = new FreshnessSnapshot(6, 0x100, beat, beat, 0, HeartbeatApplyDelay: TimeSpan.FromMilliseconds(3));

        var response = FreshnessResponse.From("frankfurt", snapshot, Now, Interval);

        Assert.Equal(900, response.LagMs);
        Assert.Equal(3, response.HeartbeatLagMs);
    }

    [Fact]
    public void From_RegionCutOff_HeartbeatLagGrowsWithTheOverdueHeartbeat()
    {
        var beat = Now.AddSeconds(-30);
        var snapshot = new FreshnessSnapshot(6, 0x100, beat, beat, 0, HeartbeatApplyDelay: TimeSpan.FromMilliseconds(3));

        var response = FreshnessResponse.From("frankfurt", snapshot, Now, Interval);

        Assert.Equal(29_000, response.HeartbeatLagMs);
    }

    [Fact]
    public void From_ApplyTimeUnknownAfterARebuild_OnlyTheOverduePartCounts()
    {
        var beat = Now.AddMilliseconds(-400);
        var snapshot = new FreshnessSnapshot(6, 0x100, beat, beat, 0);

        var response = FreshnessResponse.From("frankfurt", snapshot, Now, Interval);

        Assert.Equal(0, response.HeartbeatLagMs);
    }

    [Fact]
    public void From_NoHeartbeatOnSomePartition_HasNoHeartbeatLag() =>
        Assert.Null(FreshnessResponse.From("frankfurt", FreshnessSnapshot.Empty, Now, Interval).HeartbeatLagMs);
}
