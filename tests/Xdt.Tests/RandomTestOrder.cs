using Xunit.Abstractions;
using Xunit.Sdk;

namespace Xdt.Tests;

/// <summary>
/// Runs the test collections, and the tests inside each, in a shuffled order, so a test that depends on what another
/// left behind (a token bucket, a withdrawn region, a row) fails sooner or later instead of passing by luck. The seed
/// comes from <c>XDT_TEST_SEED</c> (scripts/test.sh picks and prints one), so a run's order can be replayed.
/// </summary>
public sealed class RandomTestOrder : ITestCaseOrderer, ITestCollectionOrderer
{
    public const string TypeName = "Xdt.Tests.RandomTestOrder";
    public const string AssemblyName = "Xdt.Tests";
    private const string SeedVariable = "XDT_TEST_SEED";

    private static readonly Lazy<int> Seed = new(ChooseSeed);

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        Shuffle(testCases.OrderBy(t => t.UniqueID, StringComparer.Ordinal), t => t.UniqueID);

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        Shuffle(testCollections.OrderBy(c => c.DisplayName, StringComparer.Ordinal), c => c.DisplayName);

    /// <summary>Shuffles with a generator seeded by the run's seed and the first item, so each collection gets its own order.</summary>
    private static List<T> Shuffle<T>(IEnumerable<T> sorted, Func<T, string> key)
    {
        var items = sorted.ToList();
        if (items.Count == 0)
        {
            return items;
        }

        var random = new Random(Seed.Value ^ StableHash(key(items[0])));
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
        return items;
    }

    private static int ChooseSeed()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var given) ? given : Random.Shared.Next();
        Console.Error.WriteLine($"Test order: {SeedVariable}={seed}");
        return seed;
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
