namespace Xdt.KafkaHost.Log;

/// <summary>What retention needs to know of a segment.</summary>
public readonly record struct SegmentInfo(long BaseOffset, long Size, DateTimeOffset LastAppend);
