using Xdt.EdgeRouter.Overflow;

namespace Xdt.Tests.EdgeRouter;

/// <summary>Randomness a test writes down in advance; running out is a test bug.</summary>
public sealed class ScriptedRandom(params double[] values) : IRandomSource
{
    private int _next;

    public int Used => _next;

    public double NextDouble() => _next < values.Length
        ? values[_next++]
        : throw new InvalidOperationException("The scripted random values ran out.");
}
