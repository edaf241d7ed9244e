using Xdt.Hosting.Ports;

namespace Xdt.Tests.Hosting;

/// <summary>Reading the kernel's ephemeral range and choosing the pool reserved ports come from: outside that range.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class EphemeralPortRangeTests
{
    [Theory]
    [InlineData("32768\t60999\n", 32768, 60999)] // the kernel's own format: a tab between, a newline after
    [InlineData("1024 65000", 1024, 65000)]
    [InlineData("  49152 \t 65535 \n\n", 49152, 65535)]
    public void Parse_KernelLine_FirstAndLast(string text, int first, int last) =>
        Assert.Equal(new EphemeralPortRange(first, last), EphemeralPortRange.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("32768\n")]
    [InlineData("32768 60999 61000")]
    [InlineData("32768 sixty")]
    [InlineData("32768-60999")]
    public void Parse_NotTwoNumbers_FormatException(string text) =>
        Assert.Throws<FormatException>(() => EphemeralPortRange.Parse(text));

    [Theory]
    [InlineData(32768, 60999, 10_000, 32767)] // Linux's default: everything from 10000 up to the range
    [InlineData(11_000, 60999, 10_000, 10_999)] // exactly enough room below
    [InlineData(10_999, 60999, 61_000, 65_535)] // too little below: above the range
    [InlineData(1024, 60999, 61_000, 65_535)]
    public void ReservablePool_BelowTheRangeWhenThereIsRoomElseAbove(int first, int last, int poolFirst, int poolLast) =>
        Assert.Equal(new PortPool(poolFirst, poolLast), new EphemeralPortRange(first, last).ReservablePool());

    [Theory]
    [InlineData(32768, 60999)]
    [InlineData(15_000, 20_000)]
    [InlineData(10_500, 40_000)]
    [InlineData(1024, 65_000)]
    public void ReservablePool_NeverOverlapsTheEphemeralRange(int first, int last)
    {
        var pool = new EphemeralPortRange(first, last).ReservablePool();
        Assert.True(pool.Count > 0);
        Assert.True(pool.Last < first || pool.First > last, $"{pool} overlaps {first}-{last}");
        Assert.InRange(pool.First, 1024, 65_535);
        Assert.InRange(pool.Last, 1024, 65_535);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(25)]
    public void PortPoolFrom_AnyOffset_EveryPortOnceStartingThereAndWrapping(int offset)
    {
        var pool = new PortPool(100, 109);
        var ports = pool.From(offset).ToList();
        Assert.Equal(100 + (offset % 10), ports[0]);
        Assert.Equal(Enumerable.Range(100, 10), ports.Order());
    }
}
