using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// ListOffsets by timestamp: walks batch headers from the oldest segment. There is no time index (the clients here
/// never ask by time on a hot path), so this reads 61 bytes per batch until it finds one.
/// </summary>
public static class TimestampSearch
{
    public static long? Find(IReadOnlyList<LogSegment> segments, long timestamp)
    {
        var header = new byte[RecordBatchHeader.Size];
        foreach (var segment in segments)
        {
            long position = 0;
            var size = segment.Size;
            while (position + RecordBatchHeader.Size <= size && segment.Read(header, position) == header.Length)
            {
                var batch = RecordBatchHeader.Read(header);
                if (batch.MaxTimestamp >= timestamp)
                {
                    return batch.BaseOffset;
                }

                position += batch.TotalSize;
            }
        }

        return null;
    }
}
