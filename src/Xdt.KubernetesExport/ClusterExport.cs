using k8s;
using k8s.Models;
using Xdt.KubernetesExport.Autoscaling;
using Xdt.KubernetesExport.Kafka;
using Xdt.KubernetesExport.Manifest;
using Xdt.KubernetesExport.Monitoring;
using Xdt.KubernetesExport.Translation;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport;

/// <summary>The whole cluster, one set of objects per site: the core, each region, the edge, and the monitoring of them all.</summary>
public static class ClusterExport
{
    public static IReadOnlyList<SiteObjects> Build(AspireManifest manifest, SecretValues secrets, MonitoringSources monitoring)
    {
        var layout = new ClusterLayout(manifest);
        var translator = new EnvironmentTranslator(layout);
        List<Site> sites = [Site.Core, .. layout.Regions.Select(Site.ForRegion), Site.Edge];
        var built = sites.Select(site => BuildSite(site, layout, translator, secrets)).ToList();
        var monitored = MonitoringWorkload.Build(Site.Monitoring, sites, layout.Regions.Select(r => r.Name), monitoring);
        var grafana = GrafanaWorkload.Build(Site.Monitoring, monitoring, secrets);
        built.Add(new SiteObjects(Site.Monitoring, [Namespace(Site.Monitoring), .. monitored, .. grafana]));
        return built;
    }

    private static SiteObjects BuildSite(Site site, ClusterLayout layout, EnvironmentTranslator translator, SecretValues secrets)
    {
        var workloads = new List<IKubernetesObject>();
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var placement in layout.Workloads.Where(p => p.Site == site))
        {
            var environment = translator.Translate(placement.Resource.Environment);
            if (placement.Resource.Name == EdgeRouterName)
            {
                // The status page shows the cluster's firing alerts (the app host gives the local world's Prometheus).
                environment.Variables.Add(new V1EnvVar
                {
                    Name = "EdgeRouter__Monitoring__PrometheusUrl",
                    Value = $"http://{MonitoringWorkload.PrometheusName}.{Site.Monitoring.Namespace}.svc.cluster.local:{MonitoringWorkload.PrometheusPort}",
                });
            }

            used.UnionWith(environment.Secrets);
            workloads.AddRange(placement.Resource switch
            {
                // The app host's broker is a single local node; in the cluster it becomes three, with settings of its own.
                var kafka when KafkaCluster.Serves(kafka) => KafkaWorkload.Build(placement),
                { Type: "container.v0" } => DatabaseWorkload.Build(placement, environment),
                _ => ProjectWorkload.Build(placement, environment),
            });
        }

        List<IKubernetesObject> objects = [Namespace(site)];
        if (used.Count > 0)
        {
            objects.Add(Secret(site, used.ToDictionary(p => p, p => secrets[p])));
        }

        objects.AddRange(workloads);
        if (site == Site.Edge)
        {
            // The storefront HPAs read the edge's in-flight gauge through the Prometheus adapter installed beside the edge.
            objects.Add(PrometheusAdapterRules.ConfigMap());
        }

        return new SiteObjects(site, objects);
    }

    private const string EdgeRouterName = "edge-router";

    private static V1Namespace Namespace(Site site) => new()
    {
        ApiVersion = "v1",
        Kind = "Namespace",
        Metadata = new V1ObjectMeta { Name = site.Namespace, Labels = Labels.For(site.Namespace, site) },
    };

    private static V1Secret Secret(Site site, IDictionary<string, string> values) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Type = "Opaque",
        Metadata = KubernetesObjects.Metadata(SecretNames.SecretName, site),
        StringData = values,
    };
}
