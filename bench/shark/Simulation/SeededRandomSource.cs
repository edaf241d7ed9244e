using Xdt.EdgeRouter.Overflow;

namespace Xdt.Bench.Shark.Simulation;

/// <summary>The overflow draw from a seeded generator, so a run repeats exactly.</summary>
public sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random _random = new(seed);

    public double NextDouble() => _random.NextDouble();
}
