using Xdt.KafkaHost.Producers;
using Xdt.KafkaHost.Protocol;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// One partition's log: its segments (the last one active), log-start and end offsets, idempotent producer state and
/// the signal that wakes waiting fetches. Appends, rolls and retention happen under one lock; reading bytes does not.
/// </summary>
public sealed class PartitionLog : IDisposable
{
    private static readonly TimeSpan DeletedSegmentGrace = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private readonly List<LogSegment> _segments;
    private readonly ProducerStateTable _producers;
    private readonly TimeProvider _time;
    private readonly long _flushEveryMessages;
    private long _endOffset;
    private long _startOffset;
    private long _unflushed;
    private TaskCompletionSource? _dataArrived;

    internal PartitionLog(string topic, int partition, string directory, List<LogSegment> segments, ProducerStateTable producers,
        TopicConfig config, TimeProvider time, long flushEveryMessages)
    {
        Topic = topic;
        Partition = partition;
        Directory = directory;
        _segments = segments;
        _producers = producers;
        Config = config;
        _time = time;
        _flushEveryMessages = flushEveryMessages;
        _endOffset = segments[^1].NextOffset;
        _startOffset = segments[0].BaseOffset;
    }

    public string Topic { get; }

    public int Partition { get; }

    public string Directory { get; }

    public TopicConfig Config { get; set; }

    /// <summary>The high watermark: the offset the next batch gets. Never goes back.</summary>
    public long EndOffset => Volatile.Read(ref _endOffset);

    public long StartOffset => Volatile.Read(ref _startOffset);

    public int SegmentCount
    {
        get { lock (_gate) { return _segments.Count; } }
    }

    public AppendResult Append(Span<byte> batch, in RecordBatchHeader header)
    {
        TaskCompletionSource? wake;
        long baseOffset;
        lock (_gate)
        {
            var (outcome, duplicateOffset) = _producers.Check(header);
            switch (outcome)
            {
                case SequenceOutcome.Duplicate:
                    return new AppendResult(ErrorCode.None, duplicateOffset);
                case SequenceOutcome.OutOfOrder:
                    return new AppendResult(ErrorCode.OutOfOrderSequenceNumber, -1);
                case SequenceOutcome.StaleEpoch:
                    return new AppendResult(ErrorCode.InvalidProducerEpoch, -1);
            }

            var now = _time.GetUtcNow();
            var active = _segments[^1];
            if (RetentionPolicy.ShouldRoll(Info(active), active.Created, batch.Length, Config, now))
            {
                active = Roll(now);
            }

            baseOffset = _endOffset;
            RecordBatchHeader.Place(batch, baseOffset, leaderEpoch: 0);
            var next = baseOffset + header.LastOffsetDelta + 1;
            active.Append(batch, baseOffset, next, now);
            _producers.Record(header, baseOffset);
            Volatile.Write(ref _endOffset, next);
            FlushIfDue(active, header.LastOffsetDelta + 1);
            wake = _dataArrived;
            _dataArrived = null;
        }

        wake?.TrySetResult();
        return new AppendResult(ErrorCode.None, baseOffset);
    }

    /// <summary>Completes when the end offset differs from <paramref name="seenEndOffset"/> (at once if it already does).</summary>
    public Task WhenEndOffsetPasses(long seenEndOffset)
    {
        lock (_gate)
        {
            if (_endOffset != seenEndOffset)
            {
                return Task.CompletedTask;
            }

            _dataArrived ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _dataArrived.Task;
        }
    }

    public ReadPosition Locate(long offset)
    {
        lock (_gate)
        {
            if (offset < _startOffset || offset > _endOffset)
            {
                return new ReadPosition(ErrorCode.OffsetOutOfRange, _endOffset, _startOffset, null, 0, 0);
            }

            if (offset == _endOffset)
            {
                return new ReadPosition(ErrorCode.None, _endOffset, _startOffset, null, 0, 0);
            }

            var segment = _segments[SegmentIndexFor(offset)];
            return new ReadPosition(ErrorCode.None, _endOffset, _startOffset, segment, segment.Index.Lookup(offset), segment.Size);
        }
    }

    /// <summary>Rolls an idle expired segment and deletes the segments retention no longer keeps; returns how many.</summary>
    public int EnforceRetention()
    {
        List<LogSegment> deleted;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (RetentionPolicy.ShouldRollIdle(Info(_segments[^1]), Config, now))
            {
                Roll(now);
            }

            deleted = DeleteOldSegments(now);
        }

        Retire(deleted);
        return deleted.Count;
    }

    /// <summary>The first offset whose batch's max timestamp is at or after <paramref name="timestamp"/>, or the end.</summary>
    public long OffsetForTimestamp(long timestamp)
    {
        LogSegment[] segments;
        lock (_gate)
        {
            segments = [.. _segments];
        }

        return TimestampSearch.Find(segments, timestamp) ?? EndOffset;
    }

    public void Flush()
    {
        lock (_gate)
        {
            _segments[^1].Flush();
        }
    }

    private LogSegment Roll(DateTimeOffset now)
    {
        var previous = _segments[^1];
        if (_flushEveryMessages > 0)
        {
            previous.Flush();
        }

        // The snapshot first: a segment that exists always has the producer state it starts from.
        ProducerSnapshot.Write(ProducerSnapshot.PathFor(Directory, _endOffset), _producers);
        File.Delete(ProducerSnapshot.PathFor(Directory, previous.BaseOffset));
        var segment = LogSegment.Create(Directory, _endOffset, now);
        _segments.Add(segment);
        Retire(DeleteOldSegments(now));
        return segment;
    }

    private List<LogSegment> DeleteOldSegments(DateTimeOffset now)
    {
        var count = RetentionPolicy.SegmentsToDelete([.. _segments.Select(Info)], Config, now);
        var deleted = _segments.GetRange(0, count);
        _segments.RemoveRange(0, count);
        Volatile.Write(ref _startOffset, _segments[0].BaseOffset);
        return deleted;
    }

    // Files go at once; handles stay open a while for fetches that located a deleted segment just before (as Kafka's
    // file.delete.delay.ms does).
    private void Retire(List<LogSegment> segments)
    {
        foreach (var segment in segments)
        {
            segment.DeleteFiles();
            _ = Task.Delay(DeletedSegmentGrace, _time).ContinueWith(_ => segment.Dispose(), TaskScheduler.Default);
        }
    }

    private void FlushIfDue(LogSegment active, int records)
    {
        if (_flushEveryMessages > 0 && (_unflushed += records) >= _flushEveryMessages)
        {
            active.Flush();
            _unflushed = 0;
        }
    }

    private int SegmentIndexFor(long offset)
    {
        var index = _segments.Count - 1;
        while (index > 0 && _segments[index].BaseOffset > offset)
        {
            index--;
        }

        return index;
    }

    private static SegmentInfo Info(LogSegment segment) => new(segment.BaseOffset, segment.Size, segment.LastAppend);

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var segment in _segments)
            {
                segment.Dispose();
            }

            _dataArrived?.TrySetResult();
        }
    }
}
