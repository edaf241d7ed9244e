using System.ComponentModel.DataAnnotations;
using Xdt.Catalog.Changes;

namespace Xdt.KafkaHost.Cluster;

/// <summary>Section <c>Kafka</c>: where the broker listens and which topics exist from the start.</summary>
public sealed class KafkaHostOptions
{
    public const string SectionName = "Kafka";

    /// <summary>The Kafka listener port clients use (advertised in metadata). 0 picks a free port.</summary>
    [Required, Range(0, 65535)]
    public int? Port { get; set; }

    /// <summary>IP address to listen on and advertise.</summary>
    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Required]
    public string ChangeTopic { get; set; } = ChangeTopics.ProductUpdates;

    [Range(1, 1000)]
    public int ChangeTopicPartitions { get; set; } = ChangeTopics.DefaultPartitionCount;

    [Required]
    public string DeadLetterTopic { get; set; } = ChangeTopics.DeadLetter;

    [Range(1, 1000)]
    public int DeadLetterTopicPartitions { get; set; } = 1;

    /// <summary>
    /// How long a new consumer group waits for more members before its first assignment. Kafka's default is 3 s;
    /// one consumer per group is the common case here, so the host waits less.
    /// </summary>
    [Range(0, 60_000)]
    public int InitialRebalanceDelayMs { get; set; } = 500;

    /// <summary>librdkafka log level of the mock cluster's owning handle (4 = warning).</summary>
    [Range(0, 7)]
    public int LogLevel { get; set; } = 4;
}
