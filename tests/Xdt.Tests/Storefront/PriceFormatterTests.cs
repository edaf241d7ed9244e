using Xdt.Storefront.Rendering;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Unit)]
public sealed class PriceFormatterTests
{
    [Theory]
    [InlineData("168", "CNY", "¥168.00")]
    [InlineData("1280.5", "CNY", "¥1,280.50")]
    [InlineData("12.5", "EUR", "€12.50")]
    [InlineData("0", "USD", "$0.00")]
    [InlineData("500", "JPY", "¥500")]
    [InlineData("1299.99", "HKD", "HK$1,299.99")]
    [InlineData("12", "XTS", "12.00 XTS")]
    [InlineData("12", "eur", "€12.00")]
    public void Format_Currency_UsesSymbolAndMinorUnits(string price, string currency, string expected) =>
        Assert.Equal(expected, PriceFormatter.Format(decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), currency));
}
