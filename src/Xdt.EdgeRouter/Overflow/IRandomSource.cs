namespace Xdt.EdgeRouter.Overflow;

/// <summary>Randomness for routing decisions, injected so tests can script it.</summary>
public interface IRandomSource
{
    /// <summary>A value in [0, 1).</summary>
    double NextDouble();
}
