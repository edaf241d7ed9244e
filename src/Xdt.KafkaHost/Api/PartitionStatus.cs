namespace Xdt.KafkaHost.Api;

/// <summary>A partition's log-start and end offsets (the high watermark) and its segment count.</summary>
public sealed record PartitionStatus(int Partition, long LogStartOffset, long EndOffset, int Segments);
