using k8s;
using Xdt.KubernetesExport.Translation;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>
/// The core's Kafka resource of the manifest exported as the seed's high-availability cluster. The app host's broker
/// settings describe its local single node, so none of them is carried over.
/// </summary>
public static class KafkaWorkload
{
    public static IEnumerable<IKubernetesObject> Build(Placement placement)
    {
        var cluster = new KafkaCluster(placement);
        yield return KafkaStatefulSet.Build(cluster);
        yield return KafkaServices.Headless(cluster);
        yield return KafkaServices.Client(cluster);
        yield return KafkaDisruptionBudget.Build(cluster);
        yield return TopicJob.Build(cluster, ChangeStreamTopics.All);
    }
}
