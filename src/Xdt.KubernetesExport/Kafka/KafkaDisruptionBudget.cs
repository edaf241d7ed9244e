using k8s.Models;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// Voluntary disruptions (node drains, upgrades) take one broker at a time: two remain, which is both a controller
/// quorum and <see cref="KafkaCluster.MinInSyncReplicas"/>, so acks=all writes keep being accepted.
/// </summary>
public static class KafkaDisruptionBudget
{
    public const int MaxUnavailable = 1;

    public static V1PodDisruptionBudget Build(KafkaCluster cluster) => new()
    {
        ApiVersion = "policy/v1",
        Kind = "PodDisruptionBudget",
        Metadata = KubernetesObjects.Metadata(cluster.Name, cluster.Placement.Site),
        Spec = new V1PodDisruptionBudgetSpec
        {
            MaxUnavailable = MaxUnavailable,
            Selector = new V1LabelSelector { MatchLabels = Labels.Selector(cluster.Name) },
        },
    };
}
