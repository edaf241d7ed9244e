using Xdt.EdgeRouter.Autoscaling;

namespace Xdt.Tests.EdgeRouter.Autoscaling;

[Trait(Tier.Name, Tier.Unit)]
public sealed class HpaArithmeticTests
{
    [Theory]
    [InlineData(2, 100.0, 4)] // twice the target: twice the instances
    [InlineData(3, 75.0, 5)] // ceil(3 × 1.5) = 4.5 → 5
    [InlineData(4, 25.0, 2)] // half the target: half the instances
    [InlineData(5, 0.0, 0)] // idle: the bounds, not the arithmetic, keep a floor
    public void Desired_OutsideTolerance_IsCeilingOfCurrentTimesRatio(int current, double metric, int expected)
    {
        Assert.Equal(expected, HpaArithmetic.Desired(current, metric, target: 50, tolerance: 0.1));
    }

    [Theory]
    [InlineData(54.9)]
    [InlineData(45.0)] // exactly 10 % below: still inside
    [InlineData(50.0)]
    public void Desired_WithinTolerance_KeepsCurrent(double metric)
    {
        Assert.Equal(4, HpaArithmetic.Desired(4, metric, target: 50, tolerance: 0.1));
    }

    [Fact]
    public void Desired_JustOutsideTolerance_Moves()
    {
        Assert.Equal(5, HpaArithmetic.Desired(4, 55.5, target: 50, tolerance: 0.1));
        Assert.Equal(9, HpaArithmetic.Desired(10, 44.5, target: 50, tolerance: 0.1));
    }
}
