using System.Text.Json;
using Xdt.EdgeRouter.OperatorConsole;

namespace Xdt.Tests.EdgeRouter.OperatorConsole;

/// <summary>Reading Prometheus' range query answers for the console's charts.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class PrometheusRangeTests
{
    [Fact]
    public void Parse_Matrix_OneSeriesPerRegionWithoutNaN()
    {
        using var json = JsonDocument.Parse("""
            {"status":"success","data":{"resultType":"matrix","result":[
              {"metric":{"region":"ohio"},"values":[[1000,"0.02"],[1005,"NaN"],[1010,"0.03"]]},
              {"metric":{"region":"beijing"},"values":[[1000,"0.001"]]},
              {"metric":{},"values":[[1000,"1"]]}
            ]}}
            """);

        var series = PrometheusRange.Parse(json.RootElement);

        Assert.Equal(["beijing", "ohio"], series.Select(s => s.Region));
        Assert.Equal([(1000.0, 0.02), (1010.0, 0.03)], series[1].Samples);
    }

    [Fact]
    public void Parse_NotARangeAnswer_Throws()
    {
        using var json = JsonDocument.Parse("""{"status":"error","error":"bad query"}""");

        Assert.Throws<FormatException>(() => PrometheusRange.Parse(json.RootElement));
    }

    [Fact]
    public void Query_EncodesThePromQlAndTheWindow()
    {
        var uri = PrometheusRange.Query(new Uri("http://127.0.0.1:9090"), "rate(x{a=\"b\"}[1m])",
            DateTimeOffset.FromUnixTimeSeconds(100), DateTimeOffset.FromUnixTimeSeconds(700), TimeSpan.FromSeconds(5));

        Assert.Equal("http://127.0.0.1:9090/api/v1/query_range?query=rate%28x%7Ba%3D%22b%22%7D%5B1m%5D%29&start=100&end=700&step=5",
            uri.AbsoluteUri);
    }
}
