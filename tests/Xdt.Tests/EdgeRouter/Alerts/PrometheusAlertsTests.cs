using System.Text.Json;
using Xdt.EdgeRouter.Alerts;

namespace Xdt.Tests.EdgeRouter.Alerts;

/// <summary>Which of Prometheus' alerts the status page shows.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PrometheusAlertsTests
{
    private const string Answer = """
        {"status":"success","data":{"alerts":[
          {"labels":{"alertname":"RegionDown","region":"frankfurt","severity":"page","service":"storefront"},
           "annotations":{"summary":"Region frankfurt is down","description":"The storefront of frankfurt has not answered for 1 minute."},
           "state":"firing","activeAt":"2026-11-28T10:00:00Z","value":"0e+00"},
          {"labels":{"alertname":"HighTTFB","region":"ohio","severity":"page"},
           "annotations":{},"state":"pending","activeAt":"2026-11-28T10:01:00Z","value":"2e-01"},
          {"labels":{"alertname":"CaptureWalRetainedHigh","severity":"page"},
           "annotations":{"summary":"The capture's slot retains over 1 GiB of WAL"},"state":"firing","activeAt":"2026-11-28T09:00:00Z"}
        ]}}
        """;

    [Fact]
    public void Firing_MixedAnswer_ListsOnlyFiringAlertsWithTheirRegionAndText()
    {
        using var json = JsonDocument.Parse(Answer);

        var firing = PrometheusAlerts.Firing(json.RootElement);

        Assert.Equal(["CaptureWalRetainedHigh", "RegionDown"], firing.Select(a => a.Name));
        var down = firing.Single(a => a.Name == "RegionDown");
        Assert.Equal("frankfurt", down.Region);
        Assert.Equal("page", down.Severity);
        Assert.Equal("The storefront of frankfurt has not answered for 1 minute.", down.Description);
        Assert.Equal(DateTimeOffset.Parse("2026-11-28T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), down.Since);
        Assert.Null(firing.Single(a => a.Name == "CaptureWalRetainedHigh").Region);
    }

    [Fact]
    public void Firing_NotAnAlertsAnswer_Throws()
    {
        using var json = JsonDocument.Parse("""{"status":"success","data":{"activeTargets":[]}}""");

        Assert.Throws<FormatException>(() => PrometheusAlerts.Firing(json.RootElement));
    }

    [Fact]
    public void Read_NothingFiring_IsOk_AndUnreachableIsUnknown()
    {
        var source = new Uri("http://127.0.0.1:9090");

        Assert.Equal(AlertsStatus.Ok, AlertsStatus.Read(source, DateTimeOffset.UnixEpoch, []).State);
        Assert.Equal(AlertsStatus.Unknown, AlertsStatus.Unreachable(source, DateTimeOffset.UnixEpoch, "refused").State);
    }
}
