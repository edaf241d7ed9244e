using System.Globalization;
using System.Text.Json;

namespace Xdt.EdgeRouter.Alerts;

/// <summary>Reads Prometheus' <c>GET /api/v1/alerts</c> answer: the alerts whose state is <c>firing</c> (pending ones are not news yet).</summary>
public static class PrometheusAlerts
{
    public static IReadOnlyList<FiringAlert> Firing(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("Not an answer of Prometheus' alerts API (no data.alerts array).");
        }

        return alerts.EnumerateArray()
            .Where(a => String(a, "state") == "firing")
            .Select(a =>
            {
                var labels = a.TryGetProperty("labels", out var l) ? l : default;
                var annotations = a.TryGetProperty("annotations", out var n) ? n : default;
                return new FiringAlert(
                    String(labels, "alertname") ?? "unnamed", String(labels, "region"), String(labels, "severity"),
                    String(annotations, "summary"), String(annotations, "description"),
                    String(a, "activeAt") is { } at && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, out var since) ? since : null);
            })
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Region, StringComparer.Ordinal)
            .ToArray();
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
