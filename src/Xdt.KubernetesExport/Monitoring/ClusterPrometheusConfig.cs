using Xdt.KubernetesExport.Translation;
using Xdt.KubernetesExport.Workloads;
using YamlDotNet.Serialization;

namespace Xdt.KubernetesExport.Monitoring;

/// <summary>
/// <c>prometheus.yml</c> of the cluster: every Xdt pod of every site namespace that has an <c>http</c> port is scraped
/// (Kubernetes pod discovery, so each replica of a scaled storefront is a target of its own), labelled like the local
/// world's targets — <c>region</c> from the pod's <c>xdt.io/region</c> label, <c>service</c> from its name without
/// the region suffix.
/// </summary>
public static class ClusterPrometheusConfig
{
    public const string RulesDirectory = "/etc/prometheus/rules";
    public const string AlertmanagerAddress = "alertmanager:9093";

    public static string Render(IEnumerable<Site> sites, IEnumerable<string> regionNames)
    {
        var regions = string.Join('|', regionNames);
        var config = new Dictionary<string, object>
        {
            ["global"] = new Dictionary<string, string> { ["scrape_interval"] = "15s", ["evaluation_interval"] = "15s" },
            ["rule_files"] = new[] { RulesDirectory + "/*.yml" },
            ["alerting"] = new Dictionary<string, object>
            {
                ["alertmanagers"] = new[] { new Dictionary<string, object> { ["static_configs"] = new[] { new Dictionary<string, object> { ["targets"] = new[] { AlertmanagerAddress } } } } },
            },
            ["scrape_configs"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["job_name"] = "xdt",
                    ["honor_labels"] = true,
                    ["metrics_path"] = "/metrics",
                    ["kubernetes_sd_configs"] = new[]
                    {
                        new Dictionary<string, object>
                        {
                            ["role"] = "pod",
                            ["namespaces"] = new Dictionary<string, object> { ["names"] = sites.Select(s => s.Namespace).ToArray() },
                        },
                    },
                    ["relabel_configs"] = new object[]
                    {
                        Keep(PodLabel(Labels.PartOf), Labels.System),
                        Keep("__meta_kubernetes_pod_container_port_name", "http"),
                        Replace(PodLabel(Labels.Region), "(.+)", "region"),
                        // storefront-frankfurt → storefront; admin, capture, edge-router stay as they are.
                        Replace(PodLabel(Labels.Name), $"(.+)-(?:{regions})", "service"),
                        Replace(PodLabel(Labels.Name), "(admin|capture|edge-router)", "service"),
                        Replace("__meta_kubernetes_pod_name", "(.+)", "pod"),
                    },
                },
            },
        };
        return new SerializerBuilder().Build().Serialize(config);
    }

    /// <summary>The discovery meta label of a pod label: every character outside [a-zA-Z0-9_] becomes '_'.</summary>
    public static string PodLabel(string label) =>
        "__meta_kubernetes_pod_label_" + new string([.. label.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private static Dictionary<string, object> Keep(string source, string regex) => new()
    {
        ["source_labels"] = new[] { source },
        ["regex"] = regex,
        ["action"] = "keep",
    };

    private static Dictionary<string, object> Replace(string source, string regex, string target) => new()
    {
        ["source_labels"] = new[] { source },
        ["regex"] = regex,
        ["target_label"] = target,
        ["replacement"] = "$1",
    };
}
