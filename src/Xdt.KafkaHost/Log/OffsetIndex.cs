using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// A segment's sparse offset index: one entry (offset relative to the segment's base, file position of the batch that
/// starts there) per <see cref="IntervalBytes"/> of log, in memory and appended to <c>{baseOffset}.index</c>. A lookup
/// gives the position of the last indexed batch at or before an offset; the reader walks batch headers from there.
/// Guarded by the partition's lock.
/// </summary>
public sealed class OffsetIndex : IDisposable
{
    public const int IntervalBytes = 4096;
    private const int EntrySize = 8;

    private readonly List<int> _offsets = [];
    private readonly List<int> _positions = [];
    private readonly SafeFileHandle _file;
    private readonly long _baseOffset;

    private OffsetIndex(SafeFileHandle file, long baseOffset)
    {
        _file = file;
        _baseOffset = baseOffset;
    }

    public int Count => _offsets.Count;

    public static string PathFor(string directory, long baseOffset) => Path.Combine(directory, $"{baseOffset:D20}.index");

    /// <summary>Opens the index file, dropping it first when <paramref name="rebuild"/> (the caller then re-adds entries).</summary>
    public static OffsetIndex Open(string path, long baseOffset, long segmentSize, bool rebuild)
    {
        var index = new OffsetIndex(File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite), baseOffset);
        if (rebuild || !index.TryLoad(segmentSize))
        {
            index.Clear();
        }

        return index;
    }

    public void Add(long offset, long position)
    {
        var buffer = (Span<byte>)stackalloc byte[EntrySize];
        BinaryPrimitives.WriteInt32BigEndian(buffer, (int)(offset - _baseOffset));
        BinaryPrimitives.WriteInt32BigEndian(buffer[4..], (int)position);
        RandomAccess.Write(_file, buffer, (long)_offsets.Count * EntrySize);
        _offsets.Add((int)(offset - _baseOffset));
        _positions.Add((int)position);
    }

    /// <summary>The file position to start walking from to find <paramref name="offset"/>.</summary>
    public long Lookup(long offset)
    {
        var relative = offset - _baseOffset;
        int low = 0, high = _offsets.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_offsets[middle] <= relative)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found < 0 ? 0 : _positions[found];
    }

    public void Clear()
    {
        _offsets.Clear();
        _positions.Clear();
        RandomAccess.SetLength(_file, 0);
    }

    // A damaged index (torn entry, positions past the segment's end, not increasing) is rebuilt from the log instead.
    private bool TryLoad(long segmentSize)
    {
        var length = RandomAccess.GetLength(_file);
        if (length % EntrySize != 0)
        {
            return false;
        }

        var buffer = new byte[length];
        RandomAccess.Read(_file, buffer, 0);
        for (var at = 0; at < buffer.Length; at += EntrySize)
        {
            var offset = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(at));
            var position = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(at + 4));
            if (position >= segmentSize || offset < 0 || (_offsets.Count > 0 && (offset <= _offsets[^1] || position <= _positions[^1])))
            {
                return false;
            }

            _offsets.Add(offset);
            _positions.Add(position);
        }

        return true;
    }

    public void Dispose() => _file.Dispose();
}
