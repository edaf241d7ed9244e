using Microsoft.Extensions.Configuration;

namespace Xdt.AppHost.Monitoring;

/// <summary>
/// Section <c>Xdt:Monitoring</c>: Prometheus' port (the documented 9090; 0 reserves a free one, as test worlds do), how
/// often it scrapes and evaluates rules, and <c>AlertFor:{alert}</c> to shorten an alert's <c>for:</c> in this world only
/// (a test world lets <c>RegionDown</c> fire within seconds; the rule files keep the production durations).
/// </summary>
public sealed record MonitoringSettings(int PrometheusPort, TimeSpan ScrapeInterval, TimeSpan EvaluationInterval, IReadOnlyDictionary<string, TimeSpan> AlertFor)
{
    public const string SectionName = "Xdt:Monitoring";
    public const int DefaultPrometheusPort = 9090;

    public static MonitoringSettings Resolve(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var alertFor = section.GetSection("AlertFor").GetChildren()
            .ToDictionary(c => c.Key, c => Positive(TimeSpan.Parse(c.Value!, System.Globalization.CultureInfo.InvariantCulture), c.Path), StringComparer.Ordinal);
        return new MonitoringSettings(
            section.GetValue("PrometheusPort", DefaultPrometheusPort),
            Positive(section.GetValue("ScrapeInterval", TimeSpan.FromSeconds(15)), section.GetSection("ScrapeInterval").Path),
            Positive(section.GetValue("EvaluationInterval", TimeSpan.FromSeconds(15)), section.GetSection("EvaluationInterval").Path),
            alertFor);
    }

    private static TimeSpan Positive(TimeSpan value, string path) =>
        value >= TimeSpan.FromMilliseconds(1) ? value : throw new InvalidOperationException($"{path} must be positive, not {value}.");
}
