using System.Text.Json.Nodes;
using k8s.Models;
using Xdt.Tests.Monitoring;
using YamlDotNet.RepresentationModel;

namespace Xdt.Tests.Kubernetes;

/// <summary>
/// Grafana in the export's monitoring site: the real <c>grafana/grafana</c> image provisioned with the repository's
/// dashboards and the monitoring site's Prometheus as the data source the dashboards name.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(KubernetesExportCollection.Name)]
public sealed class GrafanaExportTests(KubernetesExportFixture export)
{
    [Fact]
    public void Export_GrafanaDashboards_AreTheRepositorysFiles()
    {
        var shipped = export.Single<V1ConfigMap>("monitoring", "ConfigMap", "grafana-dashboards").Data;
        var repository = GrafanaDashboard.All();

        Assert.Equal(repository.Select(d => d.File).Order(), shipped.Keys.Order());
        Assert.All(repository, dashboard => Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(File.ReadAllText(Path.Combine(GrafanaDashboard.Directory, dashboard.File))), JsonNode.Parse(shipped[dashboard.File])),
            $"{dashboard.File} differs from the repository's"));
    }

    [Fact]
    public void Export_GrafanaProvisioning_PointsAtTheMonitoringPrometheusUnderTheDashboardsDataSourceUid()
    {
        var provisioning = export.Single<V1ConfigMap>("monitoring", "ConfigMap", "grafana-provisioning").Data;
        var prometheusService = export.Single<V1Service>("monitoring", "Service", "prometheus");

        var source = (YamlMappingNode)Yaml(provisioning["datasources.yaml"])["datasources"][0];
        var provider = (YamlMappingNode)Yaml(provisioning["dashboards.yaml"])["providers"][0];

        Assert.Equal($"http://prometheus:{prometheusService.Spec.Ports.Single().Port}", Scalar(source["url"]));
        Assert.Equal("prometheus", Scalar(source["type"]));
        var uids = GrafanaDashboard.All().SelectMany(d => d.Panels).Select(p => p.GetProperty("datasource").GetProperty("uid").GetString()).ToHashSet();
        Assert.Equal([Scalar(source["uid"])], uids);

        var deployment = export.Single<V1Deployment>("monitoring", "Deployment", "grafana");
        var container = deployment.Spec.Template.Spec.Containers.Single();
        var dashboardsMount = container.VolumeMounts.Single(m => m.Name == "grafana-dashboards");
        Assert.Equal(dashboardsMount.MountPath, Scalar(provider["options"]["path"]));
        Assert.Equal("file", Scalar(provider["type"]));
        // Grafana reads provisioning from one folder per kind.
        Assert.Equal("/etc/grafana/provisioning", container.VolumeMounts.Single(m => m.Name == "grafana-provisioning").MountPath);
        var items = deployment.Spec.Template.Spec.Volumes.Single(v => v.Name == "grafana-provisioning").ConfigMap.Items;
        Assert.Equal(["dashboards/dashboards.yaml", "datasources/datasources.yaml"], items.Select(i => i.Path).Order());
    }

    [Fact]
    public void Export_Grafana_RunsTheRealImageWithItsAdminPasswordFromTheSecret()
    {
        var deployment = export.Single<V1Deployment>("monitoring", "Deployment", "grafana");
        var container = deployment.Spec.Template.Spec.Containers.Single();
        var secret = export.Single<V1Secret>("monitoring", "Secret", "xdt-secrets");

        Assert.StartsWith("grafana/grafana:", container.Image, StringComparison.Ordinal);
        Assert.Equal(3000, container.Ports.Single().ContainerPort);
        Assert.Equal("/api/health", container.ReadinessProbe.HttpGet.Path);
        var password = container.Env.Single(v => v.Name == "GF_SECURITY_ADMIN_PASSWORD").ValueFrom.SecretKeyRef;
        Assert.Equal("xdt-secrets", password.Name);
        Assert.True(secret.StringData.ContainsKey(password.Key));
        Assert.Equal("grafana", export.Single<V1Service>("monitoring", "Service", "grafana").Spec.Selector["app.kubernetes.io/name"]);
    }

    private static YamlNode Yaml(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        return yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlNode node) => ((YamlScalarNode)node).Value;
}
