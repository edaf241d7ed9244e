using Xdt.EdgeRouter.Health;

namespace Xdt.Tests.EdgeRouter.Health;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RegionHealthTests
{
    private static readonly TimeSpan HoldDown = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);
    private readonly DateTimeOffset _t0 = new(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);

    private RegionHealth UpRegion(int failuresToWithdraw = 2)
    {
        var health = new RegionHealth("frankfurt", HoldDown, failuresToWithdraw);
        Assert.Equal(HealthTransition.Announced, health.ReportProbe(true, _t0));
        return health;
    }

    [Fact]
    public void ReportProbe_NeverProbed_IsWithdrawnUntilFirstHealthyProbeAnnouncesAtOnce()
    {
        var health = new RegionHealth("frankfurt", HoldDown, 2);
        Assert.Equal(RegionAvailability.Withdrawn, health.Snapshot().Availability);

        health.ReportProbe(true, _t0);

        Assert.Equal(RegionAvailability.Up, health.Snapshot().Availability);
    }

    [Fact]
    public void ReportProbe_ConsecutiveFailuresReachThreshold_Withdraws()
    {
        var health = UpRegion();

        Assert.Equal(HealthTransition.None, health.ReportProbe(false, _t0 + Tick));
        Assert.Equal(RegionAvailability.Up, health.Snapshot().Availability);
        Assert.Equal(HealthTransition.Withdrawn, health.ReportProbe(false, _t0 + 2 * Tick));
        Assert.Equal(RegionAvailability.Withdrawn, health.Snapshot().Availability);
    }

    [Fact]
    public void ReportPassiveFailure_WithdrawsAtOnce()
    {
        var health = UpRegion();

        Assert.Equal(HealthTransition.Withdrawn, health.ReportPassiveFailure(_t0 + Tick, "connection refused"));
        Assert.Equal(RegionAvailability.Withdrawn, health.Snapshot().Availability);
    }

    [Fact]
    public void ReportProbe_Recovered_HoldsDownBeforeReannouncing()
    {
        var health = UpRegion();
        health.ReportPassiveFailure(_t0, "refused");
        var healthyAt = _t0 + Tick;

        Assert.Equal(HealthTransition.HoldDownStarted, health.ReportProbe(true, healthyAt));
        Assert.Equal(RegionAvailability.HoldDown, health.Snapshot().Availability);
        Assert.Equal(HealthTransition.None, health.ReportProbe(true, healthyAt + HoldDown - Tick));
        Assert.Equal(RegionAvailability.HoldDown, health.Snapshot().Availability);
        Assert.Equal(HealthTransition.Announced, health.ReportProbe(true, healthyAt + HoldDown));
        Assert.Equal(RegionAvailability.Up, health.Snapshot().Availability);
    }

    [Fact]
    public void ReportProbe_FlapsDuringHoldDown_HoldDownStartsOver()
    {
        var health = UpRegion(failuresToWithdraw: 1);
        health.ReportProbe(false, _t0);
        health.ReportProbe(true, _t0 + Tick);
        health.ReportProbe(false, _t0 + TimeSpan.FromSeconds(2));
        var healthyAgain = _t0 + TimeSpan.FromSeconds(2) + Tick;
        health.ReportProbe(true, healthyAgain);

        Assert.Equal(HealthTransition.None, health.ReportProbe(true, _t0 + Tick + HoldDown));
        Assert.Equal(RegionAvailability.HoldDown, health.Snapshot().Availability);
        Assert.Equal(HealthTransition.Announced, health.ReportProbe(true, healthyAgain + HoldDown));
    }

    [Fact]
    public void Fail_ByOperator_WithdrawsDespiteHealthyProbesAndHealHoldsDown()
    {
        var health = UpRegion();

        health.Fail(_t0 + Tick);
        health.ReportProbe(true, _t0 + 2 * Tick);
        Assert.Equal(RegionAvailability.Withdrawn, health.Snapshot().Availability);
        Assert.True(health.Snapshot().FailedByOperator);

        var healedAt = _t0 + TimeSpan.FromSeconds(1);
        health.Heal(healedAt);
        health.ReportProbe(true, healedAt + Tick);
        Assert.Equal(RegionAvailability.HoldDown, health.Snapshot().Availability);
        health.ReportProbe(true, healedAt + Tick + HoldDown);
        Assert.Equal(RegionAvailability.Up, health.Snapshot().Availability);
    }

    [Fact]
    public void SetDrained_HealthyRegion_IsDrainedThenUpAgain()
    {
        var health = UpRegion();

        health.SetDrained(true, _t0);
        Assert.Equal(RegionAvailability.Drained, health.Snapshot().Availability);
        Assert.False(health.Snapshot().IsAvailable);

        health.SetDrained(false, _t0);
        Assert.Equal(RegionAvailability.Up, health.Snapshot().Availability);
    }

    [Fact]
    public void ReportProbe_FailingWhileStarting_NeedsNoHoldDown()
    {
        var health = new RegionHealth("frankfurt", HoldDown, 1);
        health.ReportProbe(false, _t0);

        Assert.Equal(HealthTransition.Announced, health.ReportProbe(true, _t0 + Tick));
    }
}
