using System.Buffers.Binary;

namespace Xdt.KafkaHost.Protocol;

/// <summary>
/// The fixed 61-byte header of a v2 record batch (magic 2). The broker reads only this header and never the records, so
/// compressed batches pass through untouched. The CRC covers the bytes from <c>attributes</c> to the end, which is why
/// the broker may rewrite <c>baseOffset</c> and <c>partitionLeaderEpoch</c> without recomputing it.
/// </summary>
public readonly record struct RecordBatchHeader(
    long BaseOffset, int BatchLength, byte Magic, uint Crc, short Attributes, int LastOffsetDelta,
    long MaxTimestamp, long ProducerId, short ProducerEpoch, int BaseSequence, int RecordCount)
{
    public const int Size = 61;

    /// <summary>Bytes before <c>batchLength</c>'s coverage starts: baseOffset (8) and batchLength (4).</summary>
    public const int LogOverhead = 12;

    public const int CrcOffset = 17;
    public const int CrcCoverageStart = 21;
    public const byte CurrentMagic = 2;

    /// <summary>The batch's size on disk and on the wire.</summary>
    public int TotalSize => LogOverhead + BatchLength;

    public long LastOffset => BaseOffset + LastOffsetDelta;

    public bool HasProducerId => ProducerId >= 0;

    /// <summary>The sequence of the batch's last record (sequences wrap at int.MaxValue to 0).</summary>
    public int LastSequence => Sequences.Add(BaseSequence, LastOffsetDelta);

    public static RecordBatchHeader Read(ReadOnlySpan<byte> batch) => new(
        BinaryPrimitives.ReadInt64BigEndian(batch),
        BinaryPrimitives.ReadInt32BigEndian(batch[8..]),
        batch[16],
        BinaryPrimitives.ReadUInt32BigEndian(batch[CrcOffset..]),
        BinaryPrimitives.ReadInt16BigEndian(batch[21..]),
        BinaryPrimitives.ReadInt32BigEndian(batch[23..]),
        BinaryPrimitives.ReadInt64BigEndian(batch[35..]),
        BinaryPrimitives.ReadInt64BigEndian(batch[43..]),
        BinaryPrimitives.ReadInt16BigEndian(batch[51..]),
        BinaryPrimitives.ReadInt32BigEndian(batch[53..]),
        BinaryPrimitives.ReadInt32BigEndian(batch[57..]));

    /// <summary>Reads only baseOffset, batchLength and lastOffsetDelta: enough to walk a log (27 bytes).</summary>
    public static (long BaseOffset, int TotalSize, long LastOffset) ReadBounds(ReadOnlySpan<byte> header)
    {
        var baseOffset = BinaryPrimitives.ReadInt64BigEndian(header);
        return (baseOffset, LogOverhead + BinaryPrimitives.ReadInt32BigEndian(header[8..]),
            baseOffset + BinaryPrimitives.ReadInt32BigEndian(header[23..]));
    }

    public const int BoundsSize = 27;

    /// <summary>True when the stored CRC matches the bytes it covers (<paramref name="batch"/> is the whole batch).</summary>
    public static bool HasValidCrc(ReadOnlySpan<byte> batch) =>
        Crc32C.Compute(batch[CrcCoverageStart..]) == BinaryPrimitives.ReadUInt32BigEndian(batch[CrcOffset..]);

    /// <summary>Assigns the batch its place in the log: outside the CRC, so the producer's checksum stays valid.</summary>
    public static void Place(Span<byte> batch, long baseOffset, int leaderEpoch)
    {
        BinaryPrimitives.WriteInt64BigEndian(batch, baseOffset);
        BinaryPrimitives.WriteInt32BigEndian(batch[12..], leaderEpoch);
    }
}
