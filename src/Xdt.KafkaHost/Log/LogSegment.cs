using Microsoft.Win32.SafeHandles;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// One segment: <c>{baseOffset}.log</c> holding record batches back to back exactly as produced (only their base offset
/// rewritten), and its <see cref="OffsetIndex"/>. Appends are positional writes: when <see cref="Append"/> returns the
/// bytes are in the page cache, which is what Kafka acknowledges too. Mutated under the partition's lock; reads of
/// bytes below <see cref="Size"/> need no lock.
/// </summary>
public sealed class LogSegment : IDisposable
{
    private readonly SafeFileHandle _log;
    private long _size;
    private long _sinceIndexEntry;

    private LogSegment(string directory, long baseOffset, SafeFileHandle log, OffsetIndex index, long size, long nextOffset, DateTimeOffset created, DateTimeOffset lastAppend)
    {
        Directory = directory;
        BaseOffset = baseOffset;
        _log = log;
        Index = index;
        _size = size;
        NextOffset = nextOffset;
        Created = created;
        LastAppend = lastAppend;
        _sinceIndexEntry = OffsetIndex.IntervalBytes;
    }

    public string Directory { get; }

    public long BaseOffset { get; }

    /// <summary>The offset after this segment's last batch.</summary>
    public long NextOffset { get; private set; }

    public long Size => Volatile.Read(ref _size);

    public DateTimeOffset Created { get; }

    /// <summary>When a batch was last appended (the file's modification time for a segment found on start).</summary>
    public DateTimeOffset LastAppend { get; private set; }

    public OffsetIndex Index { get; }

    public SafeFileHandle Handle => _log;

    public static string LogPathFor(string directory, long baseOffset) => Path.Combine(directory, $"{baseOffset:D20}.log");

    public static LogSegment Create(string directory, long baseOffset, DateTimeOffset now)
    {
        var log = File.OpenHandle(LogPathFor(directory, baseOffset), FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        var index = OffsetIndex.Open(OffsetIndex.PathFor(directory, baseOffset), baseOffset, 0, rebuild: true);
        return new LogSegment(directory, baseOffset, log, index, 0, baseOffset, now, now);
    }

    /// <summary>Opens a segment found on start; <paramref name="recover"/> walks and validates it all (the active one).</summary>
    public static (LogSegment Segment, SegmentScan? Scan) Open(
        string directory, long baseOffset, long nextOffset, bool recover, Action<Protocol.RecordBatchHeader>? onBatch)
    {
        var path = LogPathFor(directory, baseOffset);
        var log = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var size = RandomAccess.GetLength(log);
        var index = OffsetIndex.Open(OffsetIndex.PathFor(directory, baseOffset), baseOffset, size, rebuild: recover);
        SegmentScan? scan = null;
        if (recover || (index.Count == 0 && size > OffsetIndex.IntervalBytes))
        {
            index.Clear();
            scan = SegmentScanner.Scan(log, baseOffset, index, onBatch);
            if (scan.IsTorn)
            {
                RandomAccess.SetLength(log, scan.ValidSize);
            }

            size = scan.ValidSize;
            nextOffset = recover ? scan.NextOffset : nextOffset;
        }

        return (new LogSegment(directory, baseOffset, log, index, size, nextOffset, modified, modified), scan);
    }

    public void Append(ReadOnlySpan<byte> batch, long baseOffset, long nextOffset, DateTimeOffset now)
    {
        if (_sinceIndexEntry >= OffsetIndex.IntervalBytes && _size > 0)
        {
            Index.Add(baseOffset, _size);
            _sinceIndexEntry = 0;
        }

        RandomAccess.Write(_log, batch, _size);
        _sinceIndexEntry += batch.Length;
        NextOffset = nextOffset;
        LastAppend = now;
        Volatile.Write(ref _size, _size + batch.Length);
    }

    public int Read(Span<byte> destination, long position) => RandomAccess.Read(_log, destination, position);

    public void Flush() => RandomAccess.FlushToDisk(_log);

    /// <summary>Unlinks the files; the handles stay usable for readers already positioned here until disposed.</summary>
    public void DeleteFiles()
    {
        File.Delete(LogPathFor(Directory, BaseOffset));
        File.Delete(OffsetIndex.PathFor(Directory, BaseOffset));
    }

    public void Dispose()
    {
        _log.Dispose();
        Index.Dispose();
    }
}
