using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// Copies whole batches from a segment straight into a response: from the batch holding the wanted offset, as many as
/// fit in <c>maxBytes</c> — but always at least one, however large (as Kafka does, so a consumer never stalls).
/// </summary>
public static class LogReader
{
    /// <summary>Writes the <c>records</c> field (int32 length + batches); returns the bytes of batches written.</summary>
    public static int WriteRecords(ReadPosition at, long offset, int maxBytes, KafkaWriter writer)
    {
        var lengthAt = writer.ReserveInt32();
        var written = at.HasData ? Copy(at.Segment!, at.Position, at.Limit, offset, maxBytes, writer) : 0;
        writer.PatchInt32(lengthAt, written);
        return written;
    }

    private static int Copy(LogSegment segment, long position, long limit, long offset, int maxBytes, KafkaWriter writer)
    {
        Span<byte> bounds = stackalloc byte[RecordBatchHeader.BoundsSize];
        int firstSize;
        while (true)
        {
            if (position + RecordBatchHeader.BoundsSize > limit || segment.Read(bounds, position) < bounds.Length)
            {
                return 0;
            }

            var (_, size, last) = RecordBatchHeader.ReadBounds(bounds);
            if (last >= offset)
            {
                firstSize = size;
                break;
            }

            position += size;
        }

        var want = (int)Math.Min(limit - position, Math.Max(maxBytes, firstSize));
        var destination = writer.GetSpan(want);
        var read = 0;
        while (read < want)
        {
            var n = segment.Read(destination[read..want], position + read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var complete = CompleteBatches(destination[..read]);
        writer.Advance(complete);
        return complete;
    }

    /// <summary>The length of the whole batches at the start of <paramref name="data"/>.</summary>
    public static int CompleteBatches(ReadOnlySpan<byte> data)
    {
        var end = 0;
        while (data.Length - end >= RecordBatchHeader.BoundsSize)
        {
            var (_, size, _) = RecordBatchHeader.ReadBounds(data[end..]);
            if (size > data.Length - end || size < RecordBatchHeader.Size)
            {
                break;
            }

            end += size;
        }

        return end;
    }
}
