using System.Globalization;
using Xdt.Catalog.Changes;

namespace Xdt.KubernetesExport.Kafka;

/// <summary>The change stream's topics on the cluster, with the retention chosen for each (README "Kubernetes").</summary>
public static class ChangeStreamTopics
{
    /// <summary>
    /// How long an event stays untouched by compaction. Compaction drops superseded events out of the middle of a
    /// transaction's run, which today's replicator reads as a broken run: a region away for less than this window
    /// finds every event in place.
    /// </summary>
    public static readonly TimeSpan UncompactedWindow = TimeSpan.FromDays(1);

    /// <summary>Dead letters are read by people, not regions: a week to look at them.</summary>
    public static readonly TimeSpan DeadLetterRetention = TimeSpan.FromDays(7);

    /// <summary>One partition keeps the dead letters in the order they were written (the local broker does the same).</summary>
    public const int DeadLetterPartitions = 1;

    public static IReadOnlyList<TopicSettings> All { get; } =
    [
        // Compacted, never deleted by age: the latest version of every row (and one heartbeat per partition) stays on
        // the topic, so a new region can fill itself from it (older than UncompactedWindow, runs can have gaps).
        new(ChangeTopics.ProductUpdates, ChangeTopics.DefaultPartitionCount,
        [
            Config("cleanup.policy", "compact"),
            Config("min.insync.replicas", Number(KafkaCluster.MinInSyncReplicas)),
            Config("min.compaction.lag.ms", Milliseconds(UncompactedWindow)),
        ]),
        new(ChangeTopics.DeadLetter, DeadLetterPartitions,
        [
            Config("cleanup.policy", "delete"),
            Config("min.insync.replicas", Number(KafkaCluster.MinInSyncReplicas)),
            Config("retention.ms", Milliseconds(DeadLetterRetention)),
        ]),
    ];

    private static KeyValuePair<string, string> Config(string name, string value) => KeyValuePair.Create(name, value);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan value) => ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
