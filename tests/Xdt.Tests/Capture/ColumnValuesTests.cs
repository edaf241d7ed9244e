using System.Text.Json.Nodes;
using Xdt.Capture.Decoding;

namespace Xdt.Tests.Capture;

[Trait(Tier.Name, Tier.Unit)]
public sealed class ColumnValuesTests
{
    [Fact]
    public void ToJson_NumbersBooleansAndText_KeepTheirJsonKinds()
    {
        var row = new JsonObject
        {
            ["bigint"] = ColumnValues.ToJson(42L),
            ["int"] = ColumnValues.ToJson(7),
            ["numeric"] = ColumnValues.ToJson(12.50m),
            ["bool"] = ColumnValues.ToJson(true),
            ["text"] = ColumnValues.ToJson("EUR"),
            ["null"] = ColumnValues.ToJson(DBNull.Value),
        };

        Assert.Equal("""{"bigint":42,"int":7,"numeric":12.50,"bool":true,"text":"EUR","null":null}""", row.ToJsonString());
    }

    [Fact]
    public void ToJson_UtcTimestamp_IsIso8601RoundTripString()
    {
        var value = ColumnValues.ToJson(new DateTime(2026, 11, 24, 22, 10, 0, 123, DateTimeKind.Utc));

        Assert.Equal("2026-11-24T22:10:00.1230000Z", value!.GetValue<string>());
    }

    [Fact]
    public void ToJson_DateTimeOffset_IsWrittenInUtc()
    {
        var value = ColumnValues.ToJson(new DateTimeOffset(2026, 11, 24, 23, 10, 0, TimeSpan.FromHours(1)));

        Assert.Equal("2026-11-24T22:10:00.0000000Z", value!.GetValue<string>());
    }
}
