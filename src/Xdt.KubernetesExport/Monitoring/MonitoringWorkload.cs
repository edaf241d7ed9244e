using k8s;
using k8s.Models;
using Xdt.KubernetesExport.Translation;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Monitoring;

/// <summary>
/// The cluster's monitoring, in its own site: one Prometheus (<c>prom/prometheus</c>, the version Debian runs locally)
/// discovering every Xdt pod of every site and evaluating the repository's rules, and Alertmanager receiving its alerts.
/// It reads pods across the site namespaces, hence a ClusterRole limited to get/list/watch of pods.
/// </summary>
public static class MonitoringWorkload
{
    public const string PrometheusName = "prometheus";
    public const string AlertmanagerName = "alertmanager";
    public const string PrometheusImage = "prom/prometheus:v2.42.0";
    public const string AlertmanagerImage = "prom/alertmanager:v0.25.0";
    public const int PrometheusPort = 9090;
    public const int AlertmanagerPort = 9093;

    public static IEnumerable<IKubernetesObject> Build(Site site, IReadOnlyList<Site> scraped, IEnumerable<string> regionNames, MonitoringSources sources)
    {
        yield return new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = KubernetesObjects.Metadata(PrometheusName, site) };
        yield return new V1ClusterRole
        {
            ApiVersion = "rbac.authorization.k8s.io/v1",
            Kind = "ClusterRole",
            Metadata = new V1ObjectMeta { Name = "xdt-prometheus", Labels = Labels.For(PrometheusName, site) },
            Rules = [new V1PolicyRule { ApiGroups = [""], Resources = ["pods"], Verbs = ["get", "list", "watch"] }],
        };
        yield return new V1ClusterRoleBinding
        {
            ApiVersion = "rbac.authorization.k8s.io/v1",
            Kind = "ClusterRoleBinding",
            Metadata = new V1ObjectMeta { Name = "xdt-prometheus", Labels = Labels.For(PrometheusName, site) },
            RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = "xdt-prometheus" },
            Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = PrometheusName, NamespaceProperty = site.Namespace }],
        };
        yield return ConfigMap("prometheus-config", site, new Dictionary<string, string>
        {
            ["prometheus.yml"] = ClusterPrometheusConfig.Render(scraped, regionNames),
        });
        yield return ConfigMap("prometheus-rules", site, new Dictionary<string, string>(sources.RuleFiles));
        yield return ConfigMap("alertmanager-config", site, new Dictionary<string, string> { ["alertmanager.yml"] = sources.AlertmanagerConfig });

        yield return Deployment(site, PrometheusName, PrometheusImage, PrometheusPort,
            [
                "--config.file=/etc/prometheus/prometheus.yml",
                "--storage.tsdb.path=/prometheus",
                "--storage.tsdb.retention.time=15d",
            ],
            [Mount("prometheus-config", "/etc/prometheus/prometheus.yml", "prometheus.yml"), new V1VolumeMount { Name = "prometheus-rules", MountPath = ClusterPrometheusConfig.RulesDirectory }],
            serviceAccount: PrometheusName);
        yield return Service(site, PrometheusName, PrometheusPort);
        yield return Deployment(site, AlertmanagerName, AlertmanagerImage, AlertmanagerPort,
            ["--config.file=/etc/alertmanager/alertmanager.yml", "--storage.path=/alertmanager", "--cluster.listen-address="],
            [new V1VolumeMount { Name = "alertmanager-config", MountPath = "/etc/alertmanager" }],
            serviceAccount: null);
        yield return Service(site, AlertmanagerName, AlertmanagerPort);
    }

    internal static V1ConfigMap ConfigMap(string name, Site site, IDictionary<string, string> data) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = KubernetesObjects.Metadata(name, site),
        Data = data,
    };

    private static V1VolumeMount Mount(string volume, string path, string key) => new() { Name = volume, MountPath = path, SubPath = key };

    private static V1Deployment Deployment(
        Site site, string name, string image, int port, List<string> args, List<V1VolumeMount> mounts, string? serviceAccount)
    {
        var volumes = mounts.Select(m => m.Name).Distinct()
            .Select(v => new V1Volume { Name = v, ConfigMap = new V1ConfigMapVolumeSource { Name = v } })
            .Append(new V1Volume { Name = "data", EmptyDir = new V1EmptyDirVolumeSource() })
            .ToList();
        var container = new V1Container
        {
            Name = name,
            Image = image,
            Args = args,
            Ports = [new V1ContainerPort { Name = "http", ContainerPort = port, Protocol = "TCP" }],
            VolumeMounts = [.. mounts, new V1VolumeMount { Name = "data", MountPath = name == PrometheusName ? "/prometheus" : "/alertmanager" }],
            Resources = WorkloadPolicy.ServiceResources(),
            ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/-/ready", Port = "http" }, PeriodSeconds = 10 },
            LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/-/healthy", Port = "http" }, PeriodSeconds = 30 },
        };
        var template = KubernetesObjects.PodTemplate(name, site, container, volumes);
        template.Spec.ServiceAccountName = serviceAccount;
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = KubernetesObjects.Metadata(name, site),
            Spec = new V1DeploymentSpec
            {
                Replicas = 1,
                // One TSDB per pod: a rolling update would run two Prometheus side by side for nothing.
                Strategy = new V1DeploymentStrategy { Type = "Recreate" },
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(name) },
                Template = template,
            },
        };
    }

    internal static V1Service Service(Site site, string name, int port) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = KubernetesObjects.Metadata(name, site),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            Selector = Labels.Selector(name),
            Ports = [new V1ServicePort { Name = "http", Port = port, TargetPort = "http", Protocol = "TCP" }],
        },
    };
}
