using Microsoft.Extensions.Time.Testing;
using Xdt.EdgeRouter.Autoscaling;

namespace Xdt.Tests.EdgeRouter.Autoscaling;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RegionAutoscalerTests
{
    private static readonly TimeSpan Sync = TimeSpan.FromSeconds(15);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private RegionAutoscaler Autoscaler(int min = 1, int max = 10, double upWindowSeconds = 0, double downWindowSeconds = 300) =>
        new(new AutoscalingOptions
        {
            MinInstances = min,
            MaxInstances = max,
            TargetInFlightPerInstance = 10,
            Tolerance = 0.1,
            ScaleUpStabilization = TimeSpan.FromSeconds(upWindowSeconds),
            ScaleDownStabilization = TimeSpan.FromSeconds(downWindowSeconds),
        }, _time);

    [Fact]
    public void Decide_LoadAboveTarget_ScalesOutAtOnceWithoutUpWindow()
    {
        var decision = Autoscaler().Decide(current: 2, inFlight: 60);

        Assert.Equal(30.0, decision.InFlightPerInstance);
        Assert.Equal(6, decision.Desired);
        Assert.True(decision.IsScaleOut);
    }

    [Fact]
    public void Decide_LoadWithinTolerance_KeepsInstances()
    {
        var autoscaler = Autoscaler();

        Assert.Equal(4, autoscaler.Decide(4, inFlight: 43).Desired);
        Assert.Equal(4, autoscaler.Decide(4, inFlight: 37).Desired);
    }

    [Fact]
    public void Decide_LoadFalls_ScalesInOnlyAfterTheDownWindow()
    {
        var autoscaler = Autoscaler(downWindowSeconds: 300);
        Assert.Equal(8, autoscaler.Decide(2, inFlight: 80).Desired);

        // The crowd is gone a moment later: the highest recommendation of the last 5 minutes (8) holds.
        var held = new List<int>();
        for (var elapsed = Sync; elapsed < TimeSpan.FromSeconds(300); elapsed += Sync)
        {
            _time.Advance(Sync);
            held.Add(autoscaler.Decide(8, inFlight: 10).Desired);
        }

        Assert.All(held, desired => Assert.Equal(8, desired));

        _time.Advance(Sync); // 300 s: the peak has left the window
        Assert.Equal(1, autoscaler.Decide(8, inFlight: 10).Desired);
    }

    [Fact]
    public void Decide_ShortSpikeWithUpWindow_DoesNotScaleOut()
    {
        var autoscaler = Autoscaler(upWindowSeconds: 60);
        Assert.Equal(2, autoscaler.Decide(2, inFlight: 20).Desired);

        _time.Advance(Sync);
        Assert.Equal(2, autoscaler.Decide(2, inFlight: 100).Desired); // the lowest of the window is still 2
    }

    [Fact]
    public void Decide_SustainedLoadWithUpWindow_ScalesOutToTheLowestOfTheWindow()
    {
        var autoscaler = Autoscaler(upWindowSeconds: 30);
        autoscaler.Decide(2, inFlight: 20);
        _time.Advance(Sync);
        autoscaler.Decide(2, inFlight: 60); // recommends 6
        _time.Advance(Sync);
        Assert.Equal(6, autoscaler.Decide(2, inFlight: 100).Desired); // window holds 6 and 10: at most 6

        _time.Advance(Sync);
        Assert.Equal(10, autoscaler.Decide(6, inFlight: 100).Desired); // 2 left the window: 10 and 10+
    }

    [Theory]
    [InlineData(1000, 10)]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    public void Decide_RecommendationOutsideBounds_IsClamped(double inFlight, int expected)
    {
        Assert.Equal(expected, Autoscaler(min: 2, max: 10, downWindowSeconds: 0).Decide(4, inFlight).Desired);
    }

    [Fact]
    public void Decide_CurrentAboveMax_ComesDownToMax()
    {
        Assert.Equal(10, Autoscaler(max: 10).Decide(14, inFlight: 140).Desired);
    }
}
