using Xdt.Storefront.Freshness;
using Xdt.Storefront.Images;
using Xdt.Storefront.Rendering;
using Xdt.HttpContract;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RenderingHelpersTests
{
    [Fact]
    public void StoreLinks_BySlugAndByDomain_BuildDifferentPaths()
    {
        Assert.Equal("/s/demo", StoreLinks.ForSlug("demo").Home);
        Assert.Equal("/s/demo/p/TEA-1", StoreLinks.ForSlug("demo").Product("TEA-1"));
        Assert.Equal("/", StoreLinks.ForDomain.Home);
        Assert.Equal("/p/TEA-1", StoreLinks.ForDomain.Product("TEA-1"));
    }

    [Theory]
    [InlineData("https://cdn.test/a.png", "https://cdn.test/a.png")]
    [InlineData(XdtPaths.Images + "tea.svg", XdtPaths.Images + "tea.svg")]
    [InlineData("javascript:alert(1)", XdtPaths.Images + "green-tea.svg")]
    [InlineData("//evil.test/a.png", XdtPaths.Images + "green-tea.svg")]
    [InlineData(null, XdtPaths.Images + "green-tea.svg")]
    public void ImageSource_UnsafeOrMissing_FallsBackToPlaceholder(string? image, string expected) =>
        Assert.Equal(expected, ImageSource.For(image, "Green Tea!"));

    [Theory]
    [InlineData(0, "out")]
    [InlineData(3, "low")]
    [InlineData(40, "in")]
    public void StockBadge_Stock_PicksState(int stock, string expected) => Assert.Equal(expected, StockBadge.For(stock).CssClass);

    [Fact]
    public void PlaceholderImage_SameName_SameTile()
    {
        Assert.Equal(PlaceholderImage.Render("longjing-green-tea"), PlaceholderImage.Render("longjing-green-tea"));
        Assert.Equal("LG", PlaceholderImage.Initials("longjing-green-tea"));
        Assert.False(PlaceholderImage.IsValidName("../etc/passwd"));
    }

    [Fact]
    public void DataAsOfHeader_EmptyTable_SaysNone() =>
        Assert.Equal("lsn=0/0; time=none", FreshnessSnapshot.Empty.ToHeaderValue());

    [Fact]
    public void DataAsOfHeader_WithProgress_FormatsLsnAndUtcMilliseconds()
    {
        var snapshot = new FreshnessSnapshot(6, 0x16B3748, new DateTimeOffset(2026, 11, 24, 23, 10, 0, 123, TimeSpan.FromHours(1)), null, 0);
        Assert.Equal("lsn=0/16B3748; time=2026-11-24T22:10:00.123Z", snapshot.ToHeaderValue());
    }

    [Theory]
    [InlineData(37L, 100L, "37%")]
    [InlineData(0L, null, "starting")]
    public void DataAsOfHeader_WhileRebuilding_SaysTheDataIsStaleAndHowFarTheRebuildIs(long copied, long? total, string progress)
    {
        var snapshot = new FreshnessSnapshot(6, 0x16B3748, new DateTimeOffset(2026, 11, 24, 22, 10, 0, 123, TimeSpan.Zero), null, 0,
            new Xdt.Catalog.Replication.RebuildCopy(copied, total));
        Assert.Equal($"lsn=0/16B3748; time=2026-11-24T22:10:00.123Z; stale=rebuilding; progress={progress}", snapshot.ToHeaderValue());
    }

    [Fact]
    public void HtmlWriter_Text_EncodesMarkupButKeepsChinese() =>
        Assert.Equal("&lt;b&gt;龙井&amp;&quot;", new HtmlWriter().Text("<b>龙井&\"").ToString());

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE catalog.products;--")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("小店通 🛍️ 茶叶")]
    public void HtmlWriter_Text_HostileOrNonLatinText_HasNoMarkupAndDecodesToTheSameText(string text)
    {
        var encoded = new HtmlWriter().Text(text).ToString();

        Assert.DoesNotContain(encoded, c => c is '<' or '>' or '"' or '\'');
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(encoded));
    }

    [Fact]
    public void HtmlWriter_Text_Emoji_IsANumericCharacterReferenceAndCjkStaysLiteral() =>
        Assert.Equal("小店通 &#x1F6CD;\uFE0F 茶叶", new HtmlWriter().Text("小店通 🛍️ 茶叶").ToString());
}
