using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Groups;

/// <summary>
/// Committed consumer-group offsets: in memory, and appended to <c>consumer-offsets.log</c> (to the page cache) before
/// a commit is acknowledged. Each record carries a CRC-32C; on start the file is read up to its first damaged record
/// and rewritten with only the latest offset per group and partition (compacted).
/// </summary>
public sealed class OffsetStore : IDisposable
{
    private readonly Dictionary<(string Group, string Topic, int Partition), CommittedOffset> _offsets = [];
    private readonly Lock _gate = new();
    private readonly string _path;
    private SafeFileHandle? _file;
    private long _length;

    public OffsetStore(string dataDirectory) => _path = Path.Combine(dataDirectory, "consumer-offsets.log");

    public int Count
    {
        get { lock (_gate) { return _offsets.Count; } }
    }

    public void Open()
    {
        if (File.Exists(_path))
        {
            var data = File.ReadAllBytes(_path);
            for (var at = 0; TryRead(data, ref at, out var key, out var committed);)
            {
                _offsets[key] = committed;
            }
        }

        var temporary = _path + ".tmp";
        using (var compacted = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            foreach (var (key, committed) in _offsets)
            {
                compacted.Write(Encode(key, committed));
            }

            compacted.Flush(flushToDisk: true);
        }

        File.Move(temporary, _path, overwrite: true);
        _file = File.OpenHandle(_path, FileMode.Open, FileAccess.ReadWrite);
        _length = RandomAccess.GetLength(_file);
    }

    public bool TryGet(string group, string topic, int partition, out CommittedOffset committed)
    {
        lock (_gate)
        {
            return _offsets.TryGetValue((group, topic, partition), out committed);
        }
    }

    public IReadOnlyList<(string Topic, int Partition)> ForGroup(string group)
    {
        lock (_gate)
        {
            return [.. _offsets.Keys.Where(k => k.Group == group).Select(k => (k.Topic, k.Partition))];
        }
    }

    /// <summary>Stores one request's commits with one write.</summary>
    public void Commit(string group, IReadOnlyList<(string Topic, int Partition, CommittedOffset Offset)> commits)
    {
        using var buffer = new MemoryStream();
        foreach (var (topic, partition, offset) in commits)
        {
            buffer.Write(Encode((group, topic, partition), offset));
        }

        lock (_gate)
        {
            RandomAccess.Write(_file!, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), _length);
            _length += buffer.Length;
            foreach (var (topic, partition, offset) in commits)
            {
                _offsets[(group, topic, partition)] = offset;
            }
        }
    }

    // Record: int32 length | uint32 crc of the rest | group | topic | int32 partition | int64 offset | nullable metadata.
    private static byte[] Encode((string Group, string Topic, int Partition) key, CommittedOffset committed)
    {
        using var writer = new KafkaWriter(256);
        writer.Int32(0);
        writer.Int32(0);
        writer.String(key.Group);
        writer.String(key.Topic);
        writer.Int32(key.Partition);
        writer.Int64(committed.Offset);
        writer.NullableString(committed.Metadata);
        var bytes = writer.WrittenSpan.ToArray();
        BinaryPrimitives.WriteInt32BigEndian(bytes, bytes.Length - 4);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), Crc32C.Compute(bytes.AsSpan(8)));
        return bytes;
    }

    private static bool TryRead(byte[] data, ref int at, out (string, string, int) key, out CommittedOffset committed)
    {
        key = default;
        committed = default;
        if (data.Length - at < 8)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at));
        if (length < 4 || length > data.Length - at - 4
            || Crc32C.Compute(data.AsSpan(at + 8, length - 4)) != BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at + 4)))
        {
            return false;
        }

        var reader = new KafkaReader(data.AsSpan(at + 8, length - 4));
        key = (reader.String(), reader.String(), reader.Int32());
        committed = new CommittedOffset(reader.Int64(), reader.NullableString());
        at += 4 + length;
        return true;
    }

    public void Dispose() => _file?.Dispose();
}
