namespace Xdt.EdgeRouter.Overflow;

public sealed class SharedRandomSource : IRandomSource
{
    public double NextDouble() => Random.Shared.NextDouble();
}
