using Known = Xdt.Geography.Regions;

namespace Xdt.Tests.World;

/// <summary>
/// Three regions behind a router tuned so its behaviour shows with a handful of test clients: Beijing's capacity is
/// tiny (overflow), and the rate limits are low (flood containment). Kept apart: its tests kill storefronts and cut links.
/// </summary>
public sealed class EdgeWorld() : XdtWorld(
    [Known.Beijing, Known.Frankfurt, Known.Ohio],
    "--EdgeRouter:Overflow:Regions:beijing:SoftLimit=2",
    "--EdgeRouter:Overflow:Regions:beijing:HardLimit=6",
    $"--EdgeRouter:Limits:PerClientPermitsPerSecond={PerClientPermitsPerSecond}",
    $"--EdgeRouter:Limits:PerClientBurst={PerClientPermitsPerSecond}",
    "--EdgeRouter:Limits:PerRegionPermitsPerSecond=150",
    "--EdgeRouter:Limits:PerRegionBurst=150")
{
    public const int PerClientPermitsPerSecond = 20;
}

[CollectionDefinition(Name)]
public sealed class EdgeWorldCollection : ICollectionFixture<EdgeWorld>
{
    public const string Name = "edge world";
}
