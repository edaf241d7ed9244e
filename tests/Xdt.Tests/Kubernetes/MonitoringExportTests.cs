using k8s.Models;
using Xdt.Tests.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Xdt.Tests.Kubernetes;

/// <summary>
/// The cluster's monitoring in the export: one Prometheus discovering every site's pods with the repository's rules, and
/// Alertmanager — checked with promtool and amtool, like the local world's.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(KubernetesExportCollection.Name)]
public sealed class MonitoringExportTests(KubernetesExportFixture export) : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("xdt-k8s-monitoring-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Export_Monitoring_RunsPrometheusAndAlertmanagerWithTheRepositorysRules()
    {
        Assert.Equal(["alertmanager", "grafana", "prometheus"], export.All<V1Deployment>("monitoring", "Deployment").Select(d => d.Metadata.Name).Order());
        var prometheus = export.Single<V1Deployment>("monitoring", "Deployment", "prometheus");
        Assert.Equal("prom/prometheus:v2.42.0", prometheus.Spec.Template.Spec.Containers[0].Image);
        Assert.Equal("prometheus", prometheus.Spec.Template.Spec.ServiceAccountName);

        var rules = export.Single<V1ConfigMap>("monitoring", "ConfigMap", "prometheus-rules").Data;
        var repository = Directory.GetFiles(Path.Combine(export.RepositoryRoot, "monitoring", "prometheus", "rules"), "*.yml");
        Assert.Equal(repository.Select(Path.GetFileName).Order(), rules.Keys.Order());
        // YAML keeps a block's text, not its final newline.
        Assert.All(repository, file => Assert.Equal(File.ReadAllText(file).TrimEnd('\n'), rules[Path.GetFileName(file)].TrimEnd('\n')));

        var role = Assert.Single(export.All<V1ClusterRole>("monitoring", "ClusterRole"));
        Assert.Equal(["get", "list", "watch"], role.Rules.Single().Verbs);
        Assert.Equal(["pods"], role.Rules.Single().Resources);
    }

    [Fact]
    public async Task Export_PrometheusConfig_PassesPromtoolAndDiscoversEverySiteNamespace()
    {
        var data = export.Single<V1ConfigMap>("monitoring", "ConfigMap", "prometheus-config").Data;
        var rulesDirectory = Directory.CreateDirectory(Path.Combine(_scratch, "rules")).FullName;
        foreach (var (name, text) in export.Single<V1ConfigMap>("monitoring", "ConfigMap", "prometheus-rules").Data)
        {
            await File.WriteAllTextAsync(Path.Combine(rulesDirectory, name), text);
        }

        // Checked where the rules really are on this machine (the pod mounts them at /etc/prometheus/rules), and with
        // file discovery in place of Kubernetes discovery, which Debian's promtool is built without: everything else —
        // relabelling, regexes, alerting, the rules themselves — is checked as exported.
        var config = Path.Combine(_scratch, "prometheus.yml");
        var checkable = new YamlStream();
        checkable.Load(new StringReader(data["prometheus.yml"].Replace("/etc/prometheus/rules", rulesDirectory, StringComparison.Ordinal)));
        var job = (YamlMappingNode)checkable.Documents[0].RootNode["scrape_configs"][0];
        Assert.True(job.Children.Remove(new YamlScalarNode("kubernetes_sd_configs")));
        job.Add("file_sd_configs", new YamlSequenceNode(new YamlMappingNode("files", new YamlSequenceNode(new YamlScalarNode(Path.Combine(_scratch, "targets.json"))))));
        await using (var writer = new StreamWriter(config))
        {
            checkable.Save(writer, assignAnchors: false);
        }

        var (exit, output) = await MonitoringTool.PromtoolAsync("check", "config", config);

        Assert.True(exit == 0, output);
        Assert.Contains("SUCCESS: 2 rule files found", output, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(data["prometheus.yml"]));
        var namespaces = ((YamlSequenceNode)yaml.Documents[0].RootNode["scrape_configs"][0]["kubernetes_sd_configs"][0]["namespaces"]["names"])
            .Select(n => ((YamlScalarNode)n).Value!).ToHashSet();
        var sites = export.Documents.Where(d => d.Kind == "Namespace" && d.Folder != "monitoring").Select(d => $"xdt-{d.Folder}");
        Assert.Equal(sites.ToHashSet(), namespaces);
    }

    [Fact]
    public async Task Export_AlertmanagerConfig_PassesAmtool()
    {
        var config = Path.Combine(_scratch, "alertmanager.yml");
        await File.WriteAllTextAsync(config, export.Single<V1ConfigMap>("monitoring", "ConfigMap", "alertmanager-config").Data["alertmanager.yml"]);

        var (exit, output) = await MonitoringTool.AmtoolAsync("check-config", config);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public void Export_EdgeRouter_ReadsAlertsFromTheClustersPrometheus()
    {
        var edge = export.Single<V1Deployment>("edge", "Deployment", "edge-router");

        Assert.Equal("http://prometheus.xdt-monitoring.svc.cluster.local:9090",
            edge.Spec.Template.Env("EdgeRouter__Monitoring__PrometheusUrl"));
    }
}
