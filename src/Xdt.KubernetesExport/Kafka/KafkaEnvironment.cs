using System.Globalization;
using k8s.Models;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// The broker settings, as the <c>apache/kafka</c> image reads them (<c>KAFKA_FOO_BAR</c> → <c>foo.bar</c>). The same
/// for every pod: what differs — the node id and the advertised name — comes from the pod's own name.
/// </summary>
public static class KafkaEnvironment
{
    /// <summary>The pod's name (<c>kafka-2</c>), which the node id and the advertised listener are derived from.</summary>
    public const string PodName = "POD_NAME";

    public const string DataDirectory = "/var/lib/kafka/data";

    /// <summary>A fresh volume's root holds lost+found, which Kafka refuses as a log directory: keep the logs one level down.</summary>
    public const string LogDirectory = DataDirectory + "/logs";

    public static IList<V1EnvVar> For(KafkaCluster cluster)
    {
        var broker = cluster.BrokerPort.ToString(CultureInfo.InvariantCulture);
        return
        [
            new V1EnvVar { Name = PodName, ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { FieldPath = "metadata.name" } } },
            Value("CLUSTER_ID", KafkaCluster.ClusterId),
            Value("KAFKA_PROCESS_ROLES", "broker,controller"),
            Value("KAFKA_LISTENERS", $"PLAINTEXT://:{broker},CONTROLLER://:{KafkaCluster.ControllerPort}"),
            // $(POD_NAME) is expanded by the kubelet: each broker advertises its own stable name, so a client that
            // bootstrapped through the Service then talks to the partition leader directly.
            Value("KAFKA_ADVERTISED_LISTENERS", $"PLAINTEXT://$({PodName}).{cluster.PodDomain}:{broker}"),
            Value("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
            Value("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT"),
            Value("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
            Value("KAFKA_CONTROLLER_QUORUM_VOTERS", cluster.QuorumVoters),
            Value("KAFKA_LOG_DIRS", LogDirectory),
            // Cluster defaults: a topic created without settings (the capture creates the change topic if it comes
            // first) is still replicated three times and refuses acks=all writes with fewer than two copies in sync.
            Value("KAFKA_DEFAULT_REPLICATION_FACTOR", Number(KafkaCluster.ReplicationFactor)),
            Value("KAFKA_MIN_INSYNC_REPLICAS", Number(KafkaCluster.MinInSyncReplicas)),
            Value("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", Number(KafkaCluster.ReplicationFactor)),
            Value("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", Number(KafkaCluster.ReplicationFactor)),
            Value("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", Number(KafkaCluster.MinInSyncReplicas)),
            Value("KAFKA_UNCLEAN_LEADER_ELECTION_ENABLE", "false"),
            // Topics are created by the topic Job with their partitions and settings, never by a client's first use.
            Value("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false"),
        ];
    }

    private static V1EnvVar Value(string name, string value) => new() { Name = name, Value = value };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
