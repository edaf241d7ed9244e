namespace Xdt.KafkaHost.Api;

/// <summary>Body of <c>POST /_xdt/kafka/topics</c>; the retention values are optional (the host's defaults apply).</summary>
public sealed record CreateTopicRequest(string Name, int Partitions, long? RetentionBytes = null, long? RetentionMs = null, int? SegmentBytes = null);
