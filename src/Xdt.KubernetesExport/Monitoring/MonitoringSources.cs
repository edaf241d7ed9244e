namespace Xdt.KubernetesExport.Monitoring;

/// <summary>The repository's monitoring files the export ships: Prometheus rules and the Alertmanager configuration.</summary>
public sealed record MonitoringSources(IReadOnlyDictionary<string, string> RuleFiles, string AlertmanagerConfig)
{
    /// <param name="directory">The repository's <c>monitoring/</c> folder.</param>
    public static MonitoringSources Load(string directory) => new(
        Directory.GetFiles(Path.Combine(directory, "prometheus", "rules"), "*.yml")
            .Order(StringComparer.Ordinal)
            .ToDictionary(file => Path.GetFileName(file), File.ReadAllText, StringComparer.Ordinal),
        File.ReadAllText(Path.Combine(directory, "alertmanager", "alertmanager.yml")));
}
