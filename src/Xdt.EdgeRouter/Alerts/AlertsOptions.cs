using System.ComponentModel.DataAnnotations;

namespace Xdt.EdgeRouter.Alerts;

/// <summary>
/// Where the status page gets the world's firing alerts (section <c>EdgeRouter:Monitoring</c>): the app host gives the
/// world's Prometheus as <c>PrometheusUrl</c>. Without one, alerts show as unknown.
/// </summary>
public sealed class AlertsOptions
{
    public const string SectionName = "EdgeRouter:Monitoring";

    /// <summary>Prometheus' alerts API, relative to <see cref="PrometheusUrl"/>.</summary>
    public static readonly string AlertsPath = OperationalTraffic.PrometheusAlertsPath.TrimStart('/');

    public Uri? PrometheusUrl { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
