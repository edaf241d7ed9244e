using System.ComponentModel.DataAnnotations;

namespace Xdt.KafkaHost.Broker;

/// <summary>Retention and segment sizing of a topic; an unset value falls back to the next level (see TopicConfig).</summary>
public sealed class TopicSettings
{
    /// <summary>Bytes kept per partition before whole old segments are deleted; -1 means no size limit.</summary>
    [Range(-1, long.MaxValue)]
    public long? RetentionBytes { get; set; }

    /// <summary>Age after which a segment's records are deleted; -1 means no time limit.</summary>
    [Range(-1, long.MaxValue)]
    public long? RetentionMs { get; set; }

    [Range(4096, 1 << 30)]
    public int? SegmentBytes { get; set; }

    [Range(1000, long.MaxValue)]
    public long? SegmentMs { get; set; }
}
