using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// Walks a segment file batch by batch, checking each one's framing, magic, offsets and CRC-32C. It stops at the first
/// batch that fails: everything from there on is a torn write (the broker died mid-append) or garbage, and recovery
/// truncates it. Rebuilds the sparse index and reports each good batch (to rebuild producer state) on the way.
/// </summary>
public static class SegmentScanner
{
    private const int ChunkSize = 1 << 20;

    public static SegmentScan Scan(SafeFileHandle log, long baseOffset, OffsetIndex? index, Action<RecordBatchHeader>? onBatch)
    {
        var fileSize = RandomAccess.GetLength(log);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        long bufferStart = 0, bufferLength = 0, position = 0, sinceIndexEntry = 0, next = baseOffset;
        try
        {
            while (position < fileSize)
            {
                if (fileSize - position < RecordBatchHeader.Size)
                {
                    return Torn("a partial batch header");
                }

                Load(RecordBatchHeader.Size);
                var header = RecordBatchHeader.Read(buffer.AsSpan((int)(position - bufferStart)));
                if (header.Magic != RecordBatchHeader.CurrentMagic || header.BatchLength < RecordBatchHeader.Size - RecordBatchHeader.LogOverhead)
                {
                    return Torn($"a batch with magic {header.Magic} and length {header.BatchLength}");
                }

                if (header.TotalSize > fileSize - position)
                {
                    return Torn($"a batch of {header.TotalSize} bytes with {fileSize - position} left");
                }

                if (header.BaseOffset < next || header.LastOffsetDelta < 0)
                {
                    return Torn($"offset {header.BaseOffset} where {next} or later was expected");
                }

                Load(header.TotalSize);
                if (!RecordBatchHeader.HasValidCrc(buffer.AsSpan((int)(position - bufferStart), header.TotalSize)))
                {
                    return Torn($"a CRC mismatch in the batch at offset {header.BaseOffset}");
                }

                if (index is not null && sinceIndexEntry >= OffsetIndex.IntervalBytes)
                {
                    index.Add(header.BaseOffset, position);
                    sinceIndexEntry = 0;
                }

                onBatch?.Invoke(header);
                next = header.LastOffset + 1;
                position += header.TotalSize;
                sinceIndexEntry += header.TotalSize;
            }

            return new SegmentScan(position, next, fileSize, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        SegmentScan Torn(string reason) => new(position, next, fileSize, reason);

        // Makes [position, position + count) available in the buffer, re-reading from position when it is not.
        void Load(int count)
        {
            if (position >= bufferStart && position + count <= bufferStart + bufferLength)
            {
                return;
            }

            if (count > buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = ArrayPool<byte>.Shared.Rent(count);
            }

            bufferStart = position;
            bufferLength = 0;
            var want = (int)Math.Min(buffer.Length, fileSize - position);
            while (bufferLength < want)
            {
                var read = RandomAccess.Read(log, buffer.AsSpan((int)bufferLength, want - (int)bufferLength), position + bufferLength);
                if (read == 0)
                {
                    break;
                }

                bufferLength += read;
            }
        }
    }
}
