using System.Globalization;
using k8s.Models;
using Xdt.KubernetesExport.Translation;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Autoscaling;

/// <summary>
/// The Prometheus adapter's rule that serves <see cref="MetricName"/> on <c>external.metrics.k8s.io</c>, as a ConfigMap
/// in the edge's namespace (key <c>config.yaml</c>): install the adapter there with
/// <c>helm install prometheus-adapter prometheus-community/prometheus-adapter -n xdt-edge --set rules.existing=xdt-prometheus-adapter</c>.
/// </summary>
public static class PrometheusAdapterRules
{
    public const string ConfigMapName = "xdt-prometheus-adapter";
    public const string ConfigKey = "config.yaml";

    /// <summary>The edge's gauge <c>xdt.edge.in_flight</c> as Prometheus names it, served under the same name.</summary>
    public const string MetricName = "xdt_edge_in_flight";

    /// <summary>
    /// Mean over two sync periods: the edge autoscaler averages a sync period of 1 s samples, while Prometheus scrapes
    /// every 15 s, so one period would often hold a single scrape.
    /// </summary>
    public static TimeSpan Window => StorefrontAutoscaling.Options.SyncPeriod * 2;

    /// <summary>
    /// <c>namespaced: false</c>: the series come from the edge's namespace while each HPA lives in its region's, so the
    /// adapter must not add the HPA's namespace to the query; the <c>region</c> label selects the region.
    /// </summary>
    public static string Config => string.Create(CultureInfo.InvariantCulture, $$"""
        externalRules:
        - seriesQuery: '{{MetricName}}{region!=""}'
          resources:
            namespaced: false
          name:
            matches: "^{{MetricName}}$"
            as: "{{MetricName}}"
          metricsQuery: 'sum(avg_over_time(<<.Series>>{<<.LabelMatchers>>}[{{(int)Window.TotalSeconds}}s])) by (region)'

        """);

    public static V1ConfigMap ConfigMap() => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = KubernetesObjects.Metadata(ConfigMapName, Site.Edge),
        Data = new Dictionary<string, string> { [ConfigKey] = Config },
    };
}
