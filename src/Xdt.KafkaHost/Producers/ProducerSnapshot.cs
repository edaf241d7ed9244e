using System.Buffers.Binary;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Producers;

/// <summary>
/// A partition's producer state as of a segment's base offset, in <c>{baseOffset}.snapshot</c> beside the segment:
/// written before the segment is created, so an existing segment always has its snapshot. CRC-checked on load.
/// </summary>
public static class ProducerSnapshot
{
    private const int Version = 1;
    private const int EntrySize = 8 + 2 + 1 + ProducerEntry.Kept * 16;

    public static string PathFor(string directory, long baseOffset) => Path.Combine(directory, $"{baseOffset:D20}.snapshot");

    public static void Write(string path, ProducerStateTable table)
    {
        var buffer = new byte[8 + table.Count * EntrySize + 4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, Version);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(4), table.Count);
        var position = 8;
        foreach (var (producerId, entry) in table.Producers)
        {
            var span = buffer.AsSpan(position, EntrySize);
            BinaryPrimitives.WriteInt64BigEndian(span, producerId);
            BinaryPrimitives.WriteInt16BigEndian(span[8..], entry.Epoch);
            span[10] = (byte)entry.Count;
            var at = 11;
            foreach (var batch in entry.Recent())
            {
                BinaryPrimitives.WriteInt32BigEndian(span[at..], batch.BaseSequence);
                BinaryPrimitives.WriteInt32BigEndian(span[(at + 4)..], batch.LastSequence);
                BinaryPrimitives.WriteInt64BigEndian(span[(at + 8)..], batch.BaseOffset);
                at += 16;
            }

            position += EntrySize;
        }

        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(position), Crc32C.Compute(buffer.AsSpan(0, position)));
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, buffer);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a snapshot into <paramref name="table"/>; false when it is missing or damaged.</summary>
    public static bool TryLoad(string path, ProducerStateTable table)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var buffer = File.ReadAllBytes(path);
        if (buffer.Length < 12 || BinaryPrimitives.ReadInt32BigEndian(buffer) != Version)
        {
            return false;
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(4));
        var end = 8 + (long)count * EntrySize;
        if (count < 0 || end + 4 != buffer.Length
            || Crc32C.Compute(buffer.AsSpan(0, (int)end)) != BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan((int)end)))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var span = buffer.AsSpan(8 + i * EntrySize, EntrySize);
            var producerId = BinaryPrimitives.ReadInt64BigEndian(span);
            var epoch = BinaryPrimitives.ReadInt16BigEndian(span[8..]);
            for (var b = 0; b < span[10]; b++)
            {
                var at = 11 + b * 16;
                table.Record(producerId, epoch, BinaryPrimitives.ReadInt32BigEndian(span[at..]),
                    BinaryPrimitives.ReadInt32BigEndian(span[(at + 4)..]), BinaryPrimitives.ReadInt64BigEndian(span[(at + 8)..]));
            }
        }

        return true;
    }
}
