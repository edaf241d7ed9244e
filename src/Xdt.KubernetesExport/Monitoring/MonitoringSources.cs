namespace Xdt.KubernetesExport.Monitoring;

/// <summary>
/// The repository's monitoring files the export ships: Prometheus rules, the Alertmanager configuration and the Grafana
/// dashboards (file name → content).
/// </summary>
public sealed record MonitoringSources(
    IReadOnlyDictionary<string, string> RuleFiles, string AlertmanagerConfig, IReadOnlyDictionary<string, string> Dashboards)
{
    /// <param name="directory">The repository's <c>monitoring/</c> folder.</param>
    public static MonitoringSources Load(string directory) => new(
        Files(Path.Combine(directory, "prometheus", "rules"), "*.yml"),
        File.ReadAllText(Path.Combine(directory, "alertmanager", "alertmanager.yml")),
        Files(Path.Combine(directory, "grafana", "dashboards"), "*.json"));

    private static Dictionary<string, string> Files(string directory, string pattern) =>
        Directory.GetFiles(directory, pattern)
            .Order(StringComparer.Ordinal)
            .ToDictionary(file => Path.GetFileName(file), File.ReadAllText, StringComparer.Ordinal);
}
