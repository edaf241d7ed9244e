using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// Where a fetch at an offset starts, taken under the partition's lock: the segment, the indexed position to walk from,
/// and the segment's size at that moment (bytes below it are complete batches, safe to read without the lock).
/// </summary>
public readonly record struct ReadPosition(ErrorCode Error, long HighWatermark, long LogStartOffset, LogSegment? Segment, long Position, long Limit)
{
    public bool HasData => Error == ErrorCode.None && Segment is not null && Position < Limit;
}
