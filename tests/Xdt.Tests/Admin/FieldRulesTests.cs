using Xdt.Admin.Validation;
using Xdt.HttpContract;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Unit)]
public sealed class FieldRulesTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("tea-house-2")]
    [InlineData("a1")]
    public void Slug_WellFormed_IsAccepted(string slug) => Assert.Null(FieldRules.Slug(slug));

    [Theory]
    [InlineData("a")]
    [InlineData("Demo")]
    [InlineData("-demo")]
    [InlineData("demo-")]
    [InlineData("de--mo")]
    [InlineData("de mo")]
    [InlineData("店铺")]
    [InlineData("a-very-long-slug-that-goes-past-forty-chars")]
    public void Slug_Malformed_IsRejected(string slug) => Assert.NotNull(FieldRules.Slug(slug));

    [Theory]
    [InlineData("TEA-LJ-250", true)]
    [InlineData("a", true)]
    [InlineData("sku_1.v2", true)]
    [InlineData("-lead", false)]
    [InlineData("has space", false)]
    [InlineData("slash/sku", false)]
    [InlineData("", false)]
    public void Sku_Pattern_DecidesAcceptance(string sku, bool valid) => Assert.Equal(valid, FieldRules.Sku(sku) is null);

    [Theory]
    [InlineData("CNY", true)]
    [InlineData("EUR", true)]
    [InlineData("cny", false)]
    [InlineData("EURO", false)]
    [InlineData("E1R", false)]
    public void Currency_ThreeUpperLetters_Only(string currency, bool valid) => Assert.Equal(valid, FieldRules.Currency(currency) is null);

    [Theory]
    [InlineData("0", true)]
    [InlineData("12.5", true)]
    [InlineData("12.50", true)]
    [InlineData("12.500", true)]
    [InlineData("9999999999.99", true)]
    [InlineData("12.345", false)]
    [InlineData("-0.01", false)]
    [InlineData("10000000000", false)]
    public void Price_NonNegativeTwoDecimals_IsAccepted(string price, bool valid) =>
        Assert.Equal(valid, FieldRules.Price(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Fact]
    public void Stock_Negative_IsRejected()
    {
        Assert.Null(FieldRules.Stock(0));
        Assert.NotNull(FieldRules.Stock(-1));
    }

    [Theory]
    [InlineData("https://cdn.example.com/a.png", true)]
    [InlineData("http://img.test/x.jpg", true)]
    [InlineData(XdtPaths.Images + "longjing-green-tea.svg", true)]
    [InlineData("//evil.test/x.png", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("ftp://x.test/a.png", false)]
    [InlineData("/a b.png", false)]
    [InlineData("/a\".png", false)]
    public void Image_UrlOrPath_IsAccepted(string image, bool valid) => Assert.Equal(valid, FieldRules.Image(image) is null);

    [Theory]
    [InlineData("demo.xdt.test", true)]
    [InlineData("shop.example.co.uk", true)]
    [InlineData("localhost", false)]
    [InlineData("http://demo.xdt.test", false)]
    [InlineData("demo.xdt.test:8080", false)]
    [InlineData("demo.xdt.test/path", false)]
    [InlineData("-bad.test", false)]
    public void CustomDomain_HostNameOnly_IsAccepted(string domain, bool valid) => Assert.Equal(valid, FieldRules.CustomDomain(domain) is null);

    [Fact]
    public void Text_TooLongOrEmpty_IsRejected()
    {
        Assert.NotNull(FieldRules.Text(" ", 10, required: true));
        Assert.NotNull(FieldRules.Text(new string('x', 11), 10, required: true));
        Assert.NotNull(FieldRules.Text("bell\u0007", 10, required: true));
        Assert.Null(FieldRules.Text("", 10, required: false));
        Assert.Null(FieldRules.Text("two\nlines", 10, required: true));
    }
}
