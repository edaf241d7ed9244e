using Xdt.Admin.Validation;

namespace Xdt.Tests.Admin;

[Trait(Tier.Name, Tier.Unit)]
public sealed class JsonInputRulesTests
{
    [Theory]
    [InlineData("10", 0)]
    [InlineData("10.50", 1)]
    [InlineData("10.001", 3)]
    [InlineData("-0.01", 2)]
    [InlineData("1e-3", 3)]
    [InlineData("1.5e2", 0)]
    [InlineData("1.25E+1", 1)]
    [InlineData("100e-3", 1)]
    [InlineData("0.000", 0)]
    [InlineData("1e400", 0)]
    [InlineData("1e-400", 400)]
    [InlineData("0.1000000000000000000000000000001", 31)]
    [InlineData("1e-99999999999999999999", int.MaxValue)]
    public void FractionDigits_JsonNumberLiteral_CountsSignificantDecimals(string literal, int expected)
    {
        Assert.Equal(expected, JsonNumbers.FractionDigits(literal));
    }

    [Theory]
    [InlineData("1e-400", "0", true)]
    [InlineData("0.1000000000000000000000000000001", "0.1", true)]
    [InlineData("10.001", "10.001", false)]
    [InlineData("12.50", "12.50", false)]
    [InlineData("1.5e2", "150", false)]
    public void LostDecimals_ParsedValueRoundedToFit_IsDetected(string literal, string parsed, bool lost)
    {
        Assert.Equal(lost, JsonNumbers.LostDecimals(literal, decimal.Parse(parsed, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; Charset=UTF-8", true)]
    [InlineData("application/problem+json", true)]
    [InlineData("application/merge-patch+json", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("text/plain", false)]
    [InlineData("text/json", false)]
    [InlineData("application/xml", false)]
    [InlineData("application/x-www-form-urlencoded", false)]
    [InlineData("multipart/form-data; boundary=x", false)]
    [InlineData("application/json; charset=utf-16", false)]
    [InlineData("application/jsonp", false)]
    [InlineData("not a media type", false)]
    public void Accepts_ContentType_OnlyJsonInUtf8(string? contentType, bool accepted)
    {
        Assert.Equal(accepted, JsonContentType.Accepts(contentType));
    }
}
