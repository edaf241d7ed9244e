using System.Globalization;
using System.Text.Json;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>
/// Reads Prometheus' <c>GET /api/v1/query_range</c> answer (a matrix). <c>NaN</c> and infinite values — a quantile of a
/// region that served nothing in the window — are left out, so they show as gaps rather than as zero.
/// </summary>
public static class PrometheusRange
{
    public const string Path = "api/v1/query_range";

    public static IReadOnlyList<RangeSeries> Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("Not an answer of Prometheus' range query API (no data.result array).");
        }

        return result.EnumerateArray()
            .Select(s => new RangeSeries(Region(s), Samples(s)))
            .Where(s => s.Region.Length > 0)
            .OrderBy(s => s.Region, StringComparer.Ordinal)
            .ToArray();
    }

    public static Uri Query(Uri prometheus, string query, DateTimeOffset start, DateTimeOffset end, TimeSpan step) =>
        new(new Uri(prometheus.ToString().TrimEnd('/') + "/"), string.Create(CultureInfo.InvariantCulture,
            $"{Path}?query={Uri.EscapeDataString(query)}&start={start.ToUnixTimeSeconds()}&end={end.ToUnixTimeSeconds()}&step={step.TotalSeconds}"));

    private static string Region(JsonElement series) =>
        series.TryGetProperty("metric", out var metric) && metric.ValueKind == JsonValueKind.Object
        && metric.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.String
            ? region.GetString()!
            : "";

    private static (double, double)[] Samples(JsonElement series) =>
        series.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 2)
                .Select(v => (Time: v[0].GetDouble(),
                    Value: double.TryParse(v[1].GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : double.NaN))
                .Where(s => double.IsFinite(s.Value))
                .ToArray()
            : [];
}
