using k8s;
using k8s.Models;
using Xdt.KubernetesExport.Translation;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Monitoring;

/// <summary>
/// Grafana in the monitoring site (<c>grafana/grafana</c>), provisioned with the monitoring site's Prometheus and the
/// repository's dashboards (<c>monitoring/grafana/dashboards</c>). Viewers need no login; the admin password is a
/// generated secret, like every other secret of the export.
/// </summary>
public static class GrafanaWorkload
{
    public const string Name = "grafana";
    public const string Image = "grafana/grafana:11.5.2";
    public const int Port = 3000;
    public const string AdminPasswordParameter = "grafana-admin-password";

    public static IEnumerable<IKubernetesObject> Build(Site site, MonitoringSources sources, SecretValues secrets)
    {
        yield return new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Type = "Opaque",
            Metadata = KubernetesObjects.Metadata(SecretNames.SecretName, site),
            StringData = new Dictionary<string, string> { [AdminPasswordParameter] = secrets[AdminPasswordParameter] },
        };
        yield return MonitoringWorkload.ConfigMap("grafana-provisioning", site, new Dictionary<string, string>
        {
            [GrafanaProvisioning.DataSourcesFile] = GrafanaProvisioning.DataSources($"http://{MonitoringWorkload.PrometheusName}:{MonitoringWorkload.PrometheusPort}"),
            [GrafanaProvisioning.DashboardProvidersFile] = GrafanaProvisioning.DashboardProviders(),
        });
        yield return MonitoringWorkload.ConfigMap("grafana-dashboards", site, new Dictionary<string, string>(sources.Dashboards));
        yield return Deployment(site);
        yield return MonitoringWorkload.Service(site, Name, Port);
    }

    private static V1Deployment Deployment(Site site)
    {
        var container = new V1Container
        {
            Name = Name,
            Image = Image,
            Env =
            [
                new V1EnvVar { Name = "GF_SECURITY_ADMIN_PASSWORD", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Name = SecretNames.SecretName, Key = AdminPasswordParameter } } },
                new V1EnvVar { Name = "GF_AUTH_ANONYMOUS_ENABLED", Value = "true" },
                new V1EnvVar { Name = "GF_AUTH_ANONYMOUS_ORG_ROLE", Value = "Viewer" },
                new V1EnvVar { Name = "GF_USERS_ALLOW_SIGN_UP", Value = "false" },
                new V1EnvVar { Name = "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH", Value = GrafanaProvisioning.DashboardsDirectory + "/xdt-shoppers.json" },
            ],
            Ports = [new V1ContainerPort { Name = "http", ContainerPort = Port, Protocol = "TCP" }],
            VolumeMounts =
            [
                new V1VolumeMount { Name = "grafana-provisioning", MountPath = "/etc/grafana/provisioning", ReadOnlyProperty = true },
                new V1VolumeMount { Name = "grafana-dashboards", MountPath = GrafanaProvisioning.DashboardsDirectory, ReadOnlyProperty = true },
                new V1VolumeMount { Name = "data", MountPath = "/var/lib/grafana" },
            ],
            Resources = WorkloadPolicy.ServiceResources(),
            ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/api/health", Port = "http" }, PeriodSeconds = 10 },
            LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/api/health", Port = "http" }, PeriodSeconds = 30 },
        };
        List<V1Volume> volumes =
        [
            new()
            {
                Name = "grafana-provisioning",
                ConfigMap = new V1ConfigMapVolumeSource
                {
                    Name = "grafana-provisioning",
                    // Grafana reads each kind of provisioning from its own folder.
                    Items =
                    [
                        new V1KeyToPath { Key = GrafanaProvisioning.DataSourcesFile, Path = "datasources/" + GrafanaProvisioning.DataSourcesFile },
                        new V1KeyToPath { Key = GrafanaProvisioning.DashboardProvidersFile, Path = "dashboards/" + GrafanaProvisioning.DashboardProvidersFile },
                    ],
                },
            },
            new() { Name = "grafana-dashboards", ConfigMap = new V1ConfigMapVolumeSource { Name = "grafana-dashboards" } },
            // Dashboards and the data source come from provisioning at every start: nothing in Grafana's database needs keeping.
            new() { Name = "data", EmptyDir = new V1EmptyDirVolumeSource() },
        ];
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = KubernetesObjects.Metadata(Name, site),
            Spec = new V1DeploymentSpec
            {
                Replicas = 1,
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(Name) },
                Template = KubernetesObjects.PodTemplate(Name, site, container, volumes),
            },
        };
    }
}
