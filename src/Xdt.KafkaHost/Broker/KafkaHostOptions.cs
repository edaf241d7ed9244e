using System.ComponentModel.DataAnnotations;
using Xdt.Catalog.Changes;

namespace Xdt.KafkaHost.Broker;

/// <summary>Section <c>Kafka</c>: where the broker listens, where its log lives, and which topics exist from the start.</summary>
public sealed class KafkaHostOptions
{
    public const string SectionName = "Kafka";

    /// <summary>The Kafka listener port clients use (advertised in metadata). 0 picks a free port.</summary>
    [Required, Range(0, 65535)]
    public int? Port { get; set; }

    /// <summary>IP address to listen on and advertise.</summary>
    [Required]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Where topics, segments, committed offsets and producer ids are kept (created when missing).</summary>
    [Required]
    public string? DataDirectory { get; set; }

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

    /// <summary>Retention and segment sizes of every topic not configured otherwise (per partition, like Kafka).</summary>
    [Required]
    public TopicSettings Defaults { get; set; } = new()
    {
        // 1 GiB and 24 h per partition: hours of changes at 500/s (a region away for 10 minutes needs far less).
        RetentionBytes = 1L << 30,
        RetentionMs = (long)TimeSpan.FromHours(24).TotalMilliseconds,
        SegmentBytes = 64 << 20,
        SegmentMs = (long)TimeSpan.FromHours(1).TotalMilliseconds,
    };

    /// <summary>Per-topic overrides (<c>Kafka:Topics:{name}:RetentionMs</c>); they win over a topic's creation configs.</summary>
    public Dictionary<string, TopicSettings> Topics { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often time-based retention runs (size-based retention also runs whenever a segment rolls).</summary>
    [Range(10, 3_600_000)]
    public int RetentionCheckIntervalMs { get; set; } = 30_000;

    /// <summary>
    /// fsync the active segment after this many appended records; 0 (the default, as Kafka's) leaves writing back to the
    /// operating system: an acknowledged record is in the page cache, safe from a broker crash but not from a machine crash.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long FlushEveryMessages { get; set; }

    /// <summary>The largest record batch accepted from a producer (Kafka's <c>message.max.bytes</c>).</summary>
    [Range(1024, 64 << 20)]
    public int MaxBatchBytes { get; set; } = 8 << 20;
}
