using Xdt.Catalog.Replication;

namespace Xdt.Tests.Catalog;

[Trait(Tier.Name, Tier.Unit)]
public sealed class HeartbeatLagRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public void Of_IdlePrimaryJustBeforeTheNextHeartbeat_ReadsHowLateTheHeartbeatWasApplied()
    {
        var lag = HeartbeatLagRule.Of(Now.AddMilliseconds(-950), TimeSpan.FromMilliseconds(4), Now, Interval);

        Assert.Equal(TimeSpan.FromMilliseconds(4), lag);
    }

    [Fact]
    public void Of_NextHeartbeatOverdue_ReadsTheTimeOverdue()
    {
        var lag = HeartbeatLagRule.Of(Now.AddSeconds(-5), TimeSpan.FromMilliseconds(4), Now, Interval);

        Assert.Equal(TimeSpan.FromSeconds(4), lag);
    }

    [Fact]
    public void Of_NothingLateOrOverdue_IsZeroNeverNegative()
    {
        // A clock a little behind the primary's puts the heartbeat "in the future".
        var lag = HeartbeatLagRule.Of(Now.AddMilliseconds(20), TimeSpan.FromMilliseconds(-3), Now, Interval);

        Assert.Equal(TimeSpan.Zero, lag);
    }
}
