using System.Globalization;
using k8s.Models;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.KubernetesExport.Translation;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Autoscaling;

/// <summary>
/// A storefront's HorizontalPodAutoscaler with the edge autoscaler's metric, target, bounds and windows
/// (<see cref="AutoscalingOptions"/>' defaults): requests in flight through the edge to the region, per storefront pod.
/// </summary>
/// <remarks>
/// The metric is External: the edge (namespace <c>xdt-edge</c>) counts a region's in-flight requests, not the
/// storefront pods. With an <c>AverageValue</c> target the HPA divides the region's total by the storefront's pods, which
/// is exactly the edge autoscaler's "in flight per instance". The Prometheus adapter serves it from
/// <see cref="PrometheusAdapterRules"/>.
/// </remarks>
public static class StorefrontAutoscaling
{
    /// <summary>The options the edge's autoscaler starts with; both sides read the same defaults.</summary>
    public static AutoscalingOptions Options { get; } = new();

    public static V2HorizontalPodAutoscaler For(string name, Site site) => new()
    {
        ApiVersion = "autoscaling/v2",
        Kind = "HorizontalPodAutoscaler",
        Metadata = KubernetesObjects.Metadata(name, site),
        Spec = new V2HorizontalPodAutoscalerSpec
        {
            ScaleTargetRef = new V2CrossVersionObjectReference { ApiVersion = "apps/v1", Kind = "Deployment", Name = name },
            MinReplicas = Options.MinInstances,
            MaxReplicas = Options.MaxInstances,
            Metrics =
            [
                new V2MetricSpec
                {
                    Type = "External",
                    External = new V2ExternalMetricSource
                    {
                        Metric = new V2MetricIdentifier
                        {
                            Name = PrometheusAdapterRules.MetricName,
                            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["region"] = site.RegionLabel } },
                        },
                        Target = new V2MetricTarget { Type = "AverageValue", AverageValue = Quantity(Options.TargetInFlightPerInstance) },
                    },
                },
            ],
            // Only the windows: the edge's autoscaler does not model rate policies, so Kubernetes' defaults apply here.
            // The tolerance is the cluster's (0.1 by default, the same as the edge's).
            Behavior = new V2HorizontalPodAutoscalerBehavior
            {
                ScaleUp = new V2HPAScalingRules { StabilizationWindowSeconds = Seconds(Options.ScaleUpStabilization) },
                ScaleDown = new V2HPAScalingRules { StabilizationWindowSeconds = Seconds(Options.ScaleDownStabilization) },
            },
        },
    };

    private static ResourceQuantity Quantity(double value) => new(value.ToString("0.###", CultureInfo.InvariantCulture));

    private static int Seconds(TimeSpan window) => (int)window.TotalSeconds;
}
