using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Location;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ClientCitiesTests
{
    [Fact]
    public void All_EveryRegion_HasItsOwnCity()
    {
        Assert.All(Regions.All, r => Assert.Equal(r.Location, ClientCities.Of(r).Location));
    }

    [Fact]
    public void All_Prefixes_AreDistinctAndOutsideTheLocalBlock()
    {
        Assert.Equal(ClientCities.All.Count, ClientCities.All.Select(c => c.Prefix).Distinct().Count());
        Assert.All(ClientCities.All, c => Assert.False(ClientCities.LocalUnknown.Contains(c.ClientAddress())));
        Assert.True(ClientCities.All.Count >= 24);
    }

    [Fact]
    public void ClientAddress_IsInsideTheCitysPrefix()
    {
        Assert.All(ClientCities.All, c => Assert.True(c.Prefix.Contains(c.ClientAddress(7))));
        Assert.Equal("127.49.0.10", ClientCities.Berlin.ClientAddress().ToString());
    }
}
