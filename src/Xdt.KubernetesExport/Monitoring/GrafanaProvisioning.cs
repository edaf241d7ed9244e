using YamlDotNet.Serialization;

namespace Xdt.KubernetesExport.Monitoring;

/// <summary>
/// Grafana's provisioning files: the monitoring site's Prometheus as the default data source (with the uid every
/// dashboard of <c>monitoring/grafana/dashboards</c> names), and a file provider that loads those dashboards.
/// </summary>
public static class GrafanaProvisioning
{
    /// <summary>The data source uid the repository's dashboards refer to.</summary>
    public const string DataSourceUid = "xdt-prometheus";

    public const string DataSourcesFile = "datasources.yaml";
    public const string DashboardProvidersFile = "dashboards.yaml";

    /// <summary>Where the dashboards ConfigMap is mounted in the Grafana container.</summary>
    public const string DashboardsDirectory = "/etc/grafana/dashboards/xdt";

    public static string DataSources(string prometheusUrl) => new SerializerBuilder().Build().Serialize(new Dictionary<string, object>
    {
        ["apiVersion"] = 1,
        ["datasources"] = new[]
        {
            new Dictionary<string, object>
            {
                ["name"] = "Prometheus",
                ["uid"] = DataSourceUid,
                ["type"] = "prometheus",
                ["access"] = "proxy",
                ["url"] = prometheusUrl,
                ["isDefault"] = true,
                ["editable"] = false,
                // The cluster's scrape interval, so $__rate_interval always spans enough samples.
                ["jsonData"] = new Dictionary<string, object> { ["timeInterval"] = "15s", ["httpMethod"] = "POST" },
            },
        },
    });

    public static string DashboardProviders() => new SerializerBuilder().Build().Serialize(new Dictionary<string, object>
    {
        ["apiVersion"] = 1,
        ["providers"] = new[]
        {
            new Dictionary<string, object>
            {
                ["name"] = "xdt",
                ["folder"] = "Xdt",
                ["type"] = "file",
                ["disableDeletion"] = true,
                // The dashboards come from the repository: edits in the UI would be lost at the next rollout.
                ["allowUiUpdates"] = false,
                ["updateIntervalSeconds"] = 60,
                ["options"] = new Dictionary<string, object> { ["path"] = DashboardsDirectory },
            },
        },
    });
}
