using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>
/// A world the fault tests may break (kill processes, cut links): kept apart from the shared world so a broken
/// promise there cannot make unrelated tests fail.
/// </summary>
public sealed class TwoRegionFaultWorld() : XdtWorld(Known.Beijing, Known.Frankfurt);

[CollectionDefinition(Name)]
public sealed class FaultWorldCollection : ICollectionFixture<TwoRegionFaultWorld>
{
    public const string Name = "fault world";
}
