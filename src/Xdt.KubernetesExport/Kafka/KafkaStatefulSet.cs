using k8s.Models;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// The three Kafka nodes: one StatefulSet, a volume claim per pod, spread across Kubernetes nodes where possible.
/// </summary>
public static class KafkaStatefulSet
{
    private const string DataVolume = "data";

    /// <summary>The image's user (<c>appuser</c>, uid and gid 1000) must be able to write to a fresh volume.</summary>
    private const long ImageGroupId = 1000;

    /// <summary>
    /// The image's start script, with the node id taken from the pod ordinal (<c>kafka-2</c> → 2), as the quorum voters
    /// list expects. <c>${…}</c> is left alone by the kubelet, which only expands <c>$(…)</c>.
    /// </summary>
    public const string StartScript = $"export KAFKA_NODE_ID=\"${{{KafkaEnvironment.PodName}##*-}}\" && exec /etc/kafka/docker/run";

    public static V1StatefulSet Build(KafkaCluster cluster)
    {
        var name = cluster.Name;
        var site = cluster.Placement.Site;
        var template = KubernetesObjects.PodTemplate(name, site, Container(cluster));
        template.Spec.Affinity = SpreadAcrossNodes(name);
        template.Spec.SecurityContext = new V1PodSecurityContext { FsGroup = ImageGroupId, FsGroupChangePolicy = "OnRootMismatch" };

        return new V1StatefulSet
        {
            ApiVersion = "apps/v1",
            Kind = "StatefulSet",
            Metadata = KubernetesObjects.Metadata(name, site),
            Spec = new V1StatefulSetSpec
            {
                ServiceName = cluster.HeadlessService,
                Replicas = KafkaCluster.Nodes,
                // A controller needs a quorum to start, so the pods must start together: OrderedReady would wait for
                // kafka-0 to be ready before creating kafka-1, and kafka-0 cannot be ready alone. Updates still roll
                // one pod at a time.
                PodManagementPolicy = "Parallel",
                // Give a restarted broker time to rejoin the in-sync replicas before the next one goes down.
                MinReadySeconds = 30,
                Selector = new V1LabelSelector { MatchLabels = Labels.Selector(name) },
                Template = template,
                VolumeClaimTemplates =
                [
                    new V1PersistentVolumeClaim
                    {
                        Metadata = new V1ObjectMeta { Name = DataVolume, Labels = Labels.For(name, site) },
                        Spec = new V1PersistentVolumeClaimSpec
                        {
                            AccessModes = ["ReadWriteOnce"],
                            Resources = new V1VolumeResourceRequirements
                            {
                                Requests = new Dictionary<string, ResourceQuantity> { ["storage"] = new(WorkloadPolicy.BrokerStorage) },
                            },
                        },
                    },
                ],
            },
        };
    }

    private static V1Container Container(KafkaCluster cluster) => new()
    {
        Name = cluster.Name,
        Image = cluster.Placement.Resource.Image,
        Command = ["sh", "-c", StartScript],
        Ports =
        [
            new V1ContainerPort { Name = cluster.BrokerPortName, ContainerPort = cluster.BrokerPort, Protocol = "TCP" },
            new V1ContainerPort { Name = KafkaCluster.ControllerPortName, ContainerPort = KafkaCluster.ControllerPort, Protocol = "TCP" },
        ],
        Env = KafkaEnvironment.For(cluster),
        Resources = WorkloadPolicy.BrokerResources(),
        VolumeMounts = [new V1VolumeMount { Name = DataVolume, MountPath = KafkaEnvironment.DataDirectory }],
        // Forming the quorum and loading logs after an unclean stop can take minutes: liveness waits for the start.
        StartupProbe = TcpProbe(cluster, periodSeconds: 5, failureThreshold: 60),
        ReadinessProbe = TcpProbe(cluster, periodSeconds: 5, failureThreshold: 3),
        LivenessProbe = TcpProbe(cluster, periodSeconds: 10, failureThreshold: 3),
    };

    private static V1Probe TcpProbe(KafkaCluster cluster, int periodSeconds, int failureThreshold) => new()
    {
        TcpSocket = new V1TCPSocketAction { Port = cluster.BrokerPortName },
        PeriodSeconds = periodSeconds,
        FailureThreshold = failureThreshold,
    };

    /// <summary>Preferred, not required: a cluster with fewer than three nodes still runs, with less protection.</summary>
    private static V1Affinity SpreadAcrossNodes(string name) => new()
    {
        PodAntiAffinity = new V1PodAntiAffinity
        {
            PreferredDuringSchedulingIgnoredDuringExecution =
            [
                new V1WeightedPodAffinityTerm
                {
                    Weight = 100,
                    PodAffinityTerm = new V1PodAffinityTerm
                    {
                        TopologyKey = "kubernetes.io/hostname",
                        LabelSelector = new V1LabelSelector { MatchLabels = Labels.Selector(name) },
                    },
                },
            ],
        },
    };
}
