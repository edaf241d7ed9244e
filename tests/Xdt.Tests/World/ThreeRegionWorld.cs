using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>Beijing (the core), Frankfurt and Ohio: three continents, enough to see routing and replication.</summary>
public sealed class ThreeRegionWorld() : XdtWorld(Known.Beijing, Known.Frankfurt, Known.Ohio);

[CollectionDefinition(Name)]
public sealed class ThreeRegionWorldCollection : ICollectionFixture<ThreeRegionWorld>
{
    public const string Name = "three-region world";
}
