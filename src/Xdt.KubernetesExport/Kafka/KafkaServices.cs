using k8s.Models;
using Xdt.KubernetesExport.Workloads;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>How the cluster is reached: pods by their own names, clients through one bootstrap address.</summary>
public static class KafkaServices
{
    /// <summary>
    /// Gives each pod its DNS name (<c>kafka-0.kafka-headless…</c>) for the controller quorum and the advertised
    /// listeners. Not-ready pods are published too: a controller must find the others before any of them can be ready.
    /// </summary>
    public static V1Service Headless(KafkaCluster cluster) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = KubernetesObjects.Metadata(cluster.HeadlessService, cluster.Placement.Site),
        Spec = new V1ServiceSpec
        {
            Type = "ClusterIP",
            ClusterIP = "None",
            PublishNotReadyAddresses = true,
            Selector = Labels.Selector(cluster.Name),
            Ports =
            [
                Port(cluster.BrokerPortName, cluster.BrokerPort),
                Port(KafkaCluster.ControllerPortName, KafkaCluster.ControllerPort),
            ],
        },
    };

    /// <summary>The bootstrap address every client is given (<c>kafka.xdt-core.svc.cluster.local:9092</c>): ready brokers only.</summary>
    public static V1Service Client(KafkaCluster cluster) => KubernetesObjects.Service(cluster.Placement, headless: false);

    private static V1ServicePort Port(string name, int port) => new() { Name = name, Port = port, TargetPort = name, Protocol = "TCP" };
}
