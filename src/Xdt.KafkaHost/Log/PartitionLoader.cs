using System.Globalization;
using Microsoft.Extensions.Logging;
using Xdt.KafkaHost.Producers;

namespace Xdt.KafkaHost.Log;

/// <summary>
/// Opens a partition's directory on start. Older segments are trusted with their index; the active (last) one is walked
/// completely, every batch's CRC-32C checked, and a torn or garbage tail truncated and logged. Producer state comes from
/// the active segment's snapshot plus its batches (or from every segment when the snapshot is missing).
/// </summary>
public sealed partial class PartitionLoader(TimeProvider time, ILogger<PartitionLoader> logger)
{
    public PartitionLog Open(string directory, string topic, int partition, TopicConfig config, long flushEveryMessages)
    {
        System.IO.Directory.CreateDirectory(directory);
        foreach (var leftover in System.IO.Directory.EnumerateFiles(directory, "*.tmp"))
        {
            File.Delete(leftover);
        }

        var bases = System.IO.Directory.EnumerateFiles(directory, "*.log")
            .Select(f => long.Parse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        var producers = new ProducerStateTable();
        var segments = new List<LogSegment>();
        if (bases.Count == 0)
        {
            segments.Add(LogSegment.Create(directory, 0, time.GetUtcNow()));
            return new PartitionLog(topic, partition, directory, segments, producers, config, time, flushEveryMessages);
        }

        var activeBase = bases[^1];
        var haveSnapshot = ProducerSnapshot.TryLoad(ProducerSnapshot.PathFor(directory, activeBase), producers);
        for (var i = 0; i < bases.Count - 1; i++)
        {
            Action<Protocol.RecordBatchHeader>? replay = haveSnapshot ? null : b => producers.Record(b, b.BaseOffset);
            var (segment, _) = LogSegment.Open(directory, bases[i], bases[i + 1], recover: !haveSnapshot, replay);
            segments.Add(segment);
        }

        var (active, scan) = LogSegment.Open(directory, activeBase, activeBase, recover: true, b => producers.Record(b, b.BaseOffset));
        segments.Add(active);
        if (scan!.IsTorn)
        {
            LogTruncated(logger, topic, partition, active.BaseOffset, scan.FileSize - scan.ValidSize, scan.ValidSize, scan.TornReason!);
        }

        foreach (var stale in System.IO.Directory.EnumerateFiles(directory, "*.snapshot")
                     .Where(f => f != ProducerSnapshot.PathFor(directory, activeBase)))
        {
            File.Delete(stale);
        }

        LogRecovered(logger, topic, partition, segments[0].BaseOffset, active.NextOffset, segments.Count, producers.Count);
        return new PartitionLog(topic, partition, directory, segments, producers, config, time, flushEveryMessages);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Topic}-{Partition}: truncated {Bytes} bytes after position {Position} of segment {BaseOffset}: {Reason} (a write torn by a crash)")]
    private static partial void LogTruncated(ILogger logger, string topic, int partition, long baseOffset, long bytes, long position, string reason);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "{Topic}-{Partition}: offsets {Start}..{End} in {Segments} segments, {Producers} idempotent producers")]
    private static partial void LogRecovered(ILogger logger, string topic, int partition, long start, long end, int segments, int producers);
}
