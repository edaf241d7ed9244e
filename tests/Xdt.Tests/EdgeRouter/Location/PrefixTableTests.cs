using System.Net;
using Xdt.EdgeRouter.Location;
using Xdt.Geography;

namespace Xdt.Tests.EdgeRouter.Location;

[Trait(Tier.Name, Tier.Unit)]
public sealed class PrefixTableTests
{
    private static readonly PrefixTable<string> Table = new(
    [
        KeyValuePair.Create(Ipv4Prefix.Parse("127.49.0.0/16"), "berlin"),
        KeyValuePair.Create(Ipv4Prefix.Parse("127.49.69.0/24"), "frankfurt"),
        KeyValuePair.Create(Ipv4Prefix.Parse("127.49.69.128/25"), "offenbach"),
        KeyValuePair.Create(Ipv4Prefix.Parse("0.0.0.0/0"), "anywhere"),
    ]);

    [Theory]
    [InlineData("127.49.0.10", "berlin")]
    [InlineData("127.49.69.10", "frankfurt")]
    [InlineData("127.49.69.200", "offenbach")]
    [InlineData("127.50.0.1", "anywhere")]
    [InlineData("10.1.2.3", "anywhere")]
    public void TryMatch_OverlappingPrefixes_LongestPrefixWins(string address, string expected)
    {
        Assert.True(Table.TryMatch(IPAddress.Parse(address), out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryMatch_Ipv4MappedIpv6_MatchesTheIpv4Route()
    {
        Assert.True(Table.TryMatch(IPAddress.Parse("127.49.69.10").MapToIPv6(), out var value));
        Assert.Equal("frankfurt", value);
    }

    [Fact]
    public void TryMatch_NoCoveringRouteAndPureIpv6_NoMatch()
    {
        var table = new PrefixTable<string>([KeyValuePair.Create(Ipv4Prefix.Parse("127.49.0.0/16"), "berlin")]);

        Assert.False(table.TryMatch(IPAddress.Parse("127.48.255.255"), out _));
        Assert.False(table.TryMatch(IPAddress.IPv6Loopback, out _));
        Assert.False(table.TryMatch(null, out _));
    }

    [Fact]
    public void Constructor_DuplicateRoute_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PrefixTable<int>(
        [
            KeyValuePair.Create(Ipv4Prefix.Parse("127.49.0.0/16"), 1),
            KeyValuePair.Create(Ipv4Prefix.Parse("127.49.1.0/16"), 2),
        ]));
    }

    [Theory]
    [InlineData("127.49.0.0/33")]
    [InlineData("127.49.0/16")]
    [InlineData("::1/128")]
    [InlineData("127.49.0.0")]
    public void Ipv4PrefixTryParse_Malformed_Fails(string text) => Assert.False(Ipv4Prefix.TryParse(text, out _));
}
