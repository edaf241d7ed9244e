using System.Net;
using Xdt.EdgeRouter.Location;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Location;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ClientLocatorTests
{
    private static readonly IPAddress Trusted = IPAddress.Parse("127.0.0.1");
    private readonly ClientLocator _locator = new([Trusted]);

    [Fact]
    public void Locate_CitySourceAddress_IsThatCity()
    {
        Assert.Equal("berlin", _locator.Locate(ClientCities.Berlin.ClientAddress(), null).Name);
        Assert.Equal("frankfurt", _locator.Locate(ClientCities.Frankfurt.ClientAddress(), null).Name);
        Assert.Equal("shanghai", _locator.Locate(ClientCities.Shanghai.ClientAddress(), null).Name);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.5.9")]
    [InlineData("192.168.1.1")]
    public void Locate_LocalOrUnknownAddress_IsTheCoreCity(string address)
    {
        var location = _locator.Locate(IPAddress.Parse(address), null);

        Assert.Equal(ClientCities.Core.Name, location.Name);
        Assert.Equal(ClientLocation.Unknown, location.Source);
    }

    [Fact]
    public void Locate_TrustedSourceWithHeader_HeaderOverrides()
    {
        Assert.Equal("tokyo", _locator.Locate(Trusted, "tokyo").Name);
        Assert.Equal("ohio", _locator.Locate(Trusted, "ohio").Name);
        Assert.Equal(ClientLocation.FromHeader, _locator.Locate(Trusted, "tokyo").Source);
    }

    [Fact]
    public void Locate_TrustedSourceWithCoordinates_UsesThem()
    {
        var location = _locator.Locate(Trusted, "-33.9,18.4");

        Assert.Equal(new GeoPoint(-33.9, 18.4), location.Point);
    }

    [Fact]
    public void Locate_UntrustedSourceWithHeader_HeaderIgnored()
    {
        var location = _locator.Locate(ClientCities.Berlin.ClientAddress(), "tokyo");

        Assert.Equal("berlin", location.Name);
        Assert.Equal(ClientLocation.FromAddress, location.Source);
    }

    [Theory]
    [InlineData("atlantis")]
    [InlineData("91,200")]
    [InlineData("1,2,3")]
    public void Locate_TrustedSourceWithNonsenseHeader_FallsBackToAddress(string header)
    {
        Assert.Equal(ClientLocation.Unknown, _locator.Locate(Trusted, header).Source);
    }

    [Fact]
    public void Locate_DefaultTrustIncludesIpv6Loopback_HeaderOverrides()
    {
        var locator = new ClientLocator(new LocationOptions().TrustedAddresses.Select(IPAddress.Parse));

        Assert.Equal("sydney", locator.Locate(IPAddress.IPv6Loopback, "sydney").Name);
        Assert.Equal(ClientCities.Core.Name, locator.Locate(IPAddress.IPv6Loopback, null).Name);
    }
}
