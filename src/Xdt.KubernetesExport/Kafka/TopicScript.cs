using System.Globalization;
using System.Text;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// The shell script of the topic Job (POSIX sh, the image's tools). It waits until every broker answers — replication
/// factor 3 needs three registered brokers — then creates each topic if it does not exist and sets its configs again:
/// the capture creates the change topic itself when it starts first, with the cluster defaults but without compaction.
/// Running it twice changes nothing. The bootstrap address is read from <see cref="BootstrapVariable"/>.
/// </summary>
public static class TopicScript
{
    public const string BootstrapVariable = "BOOTSTRAP_SERVERS";

    private const string Tools = "/opt/kafka/bin";

    public static string For(IEnumerable<TopicSettings> topics)
    {
        var bootstrap = $"--bootstrap-server \"${BootstrapVariable}\"";
        var nodes = KafkaCluster.Nodes.ToString(CultureInfo.InvariantCulture);
        var script = new StringBuilder()
            .AppendLine("set -eu")
            .AppendLine($"echo \"waiting for {nodes} brokers at ${BootstrapVariable}\"")
            // One line per broker: "host:port (id: N rack: …) -> (".
            .AppendLine($"until {Tools}/kafka-broker-api-versions.sh {bootstrap} 2>/dev/null | awk '/ \\(id: [0-9]+ rack: / {{ n++ }} END {{ exit n < {nodes} }}'; do sleep 5; done");
        foreach (var topic in topics)
        {
            var partitions = topic.Partitions.ToString(CultureInfo.InvariantCulture);
            var replication = KafkaCluster.ReplicationFactor.ToString(CultureInfo.InvariantCulture);
            var configs = string.Concat(topic.Configs.Select(c => $" --config {c.Key}={c.Value}"));
            script
                .AppendLine($"{Tools}/kafka-topics.sh {bootstrap} --create --if-not-exists --topic {topic.Name} --partitions {partitions} --replication-factor {replication}{configs}")
                .AppendLine($"{Tools}/kafka-configs.sh {bootstrap} --alter --entity-type topics --entity-name {topic.Name} --add-config {string.Join(',', topic.Configs.Select(c => $"{c.Key}={c.Value}"))}")
                .AppendLine($"{Tools}/kafka-topics.sh {bootstrap} --describe --topic {topic.Name}");
        }

        return script.ToString();
    }
}
