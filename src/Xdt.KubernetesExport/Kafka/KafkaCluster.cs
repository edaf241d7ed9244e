using Xdt.KubernetesExport.Manifest;
using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// The core's Kafka as the seed describes it: a high-availability cluster of <see cref="Nodes"/> KRaft nodes, each a
/// broker and a controller. Pods <c>kafka-0</c>…<c>kafka-2</c> have stable DNS names under the headless Service; clients
/// bootstrap through the <c>kafka</c> Service, the name the app host gives them.
/// </summary>
public sealed record KafkaCluster(Placement Placement)
{
    /// <summary>Three controllers tolerate the loss of one; three replicas with two in sync keep acks=all writes going without one.</summary>
    public const int Nodes = 3;

    public const int ReplicationFactor = 3;

    public const int MinInSyncReplicas = 2;

    public const int ControllerPort = 9093;

    public const string ControllerPortName = "controller";

    /// <summary>
    /// Every node of one cluster formats its storage with the same id; a volume formatted with another id refuses to
    /// start, so this never changes for an existing cluster.
    /// </summary>
    public const string ClusterId = "us90BSmzdk7qUOjS8g8NTg";

    /// <summary>The StatefulSet, its pods' prefix, and the client Service.</summary>
    public string Name => Placement.ServiceName;

    public string HeadlessService => $"{Name}-headless";

    /// <summary>The manifest's broker binding: its name names the port, its target port is the broker port (9092).</summary>
    public string BrokerPortName => Broker.Name;

    public int BrokerPort => Placement.ContainerPort(Broker);

    /// <summary>The DNS domain of the pods: <c>kafka-N.&lt;PodDomain&gt;</c>.</summary>
    public string PodDomain => $"{HeadlessService}.{Placement.Site.Namespace}.svc.cluster.local";

    public string NodeHost(int ordinal) => $"{Name}-{ordinal}.{PodDomain}";

    /// <summary><c>0@kafka-0.kafka-headless.xdt-core.svc.cluster.local:9093,1@…,2@…</c>: node id = pod ordinal.</summary>
    public string QuorumVoters =>
        string.Join(',', Enumerable.Range(0, Nodes).Select(i => $"{i}@{NodeHost(i)}:{ControllerPort}"));

    /// <summary>The client Service: any ready broker answers the bootstrap, and metadata then names each pod.</summary>
    public string BootstrapServers => $"{Placement.Host}:{BrokerPort}";

    private ManifestBinding Broker => Placement.Resource.Bindings.First();

    /// <summary>The broker container of the manifest (the app host's <c>apache/kafka</c> resource).</summary>
    public static bool Serves(ManifestResource resource) =>
        resource.Type == "container.v0" && resource.Image?.Contains("kafka", StringComparison.OrdinalIgnoreCase) == true;
}
