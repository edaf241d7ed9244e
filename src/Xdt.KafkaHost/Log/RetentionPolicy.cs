namespace Xdt.KafkaHost.Log;

/// <summary>
/// Kafka's retention decisions, as pure functions. Only whole segments are deleted, oldest first, never the active
/// (last) one; the log-start offset then moves to the first remaining segment's base offset.
/// </summary>
public static class RetentionPolicy
{
    /// <summary>How many of the oldest segments to delete (the list ends with the active segment).</summary>
    public static int SegmentsToDelete(IReadOnlyList<SegmentInfo> segments, TopicConfig config, DateTimeOffset now) =>
        Math.Max(ByTime(segments, config, now), BySize(segments, config));

    /// <summary>
    /// The active segment is rolled when it is old enough (<c>segment.ms</c>) or when everything in it has outlived
    /// <c>retention.ms</c>, so that time retention also reaches a topic nobody writes to any more.
    /// </summary>
    public static bool ShouldRollIdle(SegmentInfo active, TopicConfig config, DateTimeOffset now) =>
        active.Size > 0 && (now - active.LastAppend >= Milliseconds(config.SegmentMs) || Expired(active, config, now));

    /// <summary>Whether an append of <paramref name="batchSize"/> bytes should go to a new segment.</summary>
    public static bool ShouldRoll(SegmentInfo active, DateTimeOffset created, int batchSize, TopicConfig config, DateTimeOffset now) =>
        active.Size > 0 && (active.Size + batchSize > config.SegmentBytes || now - created >= Milliseconds(config.SegmentMs));

    private static int ByTime(IReadOnlyList<SegmentInfo> segments, TopicConfig config, DateTimeOffset now)
    {
        var count = 0;
        while (count < segments.Count - 1 && Expired(segments[count], config, now))
        {
            count++;
        }

        return count;
    }

    // Like Kafka: delete the oldest segments while what remains still holds at least retention.bytes.
    private static int BySize(IReadOnlyList<SegmentInfo> segments, TopicConfig config)
    {
        if (config.RetentionBytes < 0)
        {
            return 0;
        }

        var excess = segments.Sum(s => s.Size) - config.RetentionBytes;
        var count = 0;
        while (count < segments.Count - 1 && excess - segments[count].Size >= 0)
        {
            excess -= segments[count].Size;
            count++;
        }

        return count;
    }

    private static bool Expired(SegmentInfo segment, TopicConfig config, DateTimeOffset now) =>
        config.RetentionMs >= 0 && now - segment.LastAppend > Milliseconds(config.RetentionMs);

    private static TimeSpan Milliseconds(long value) =>
        value >= (long)TimeSpan.MaxValue.TotalMilliseconds ? TimeSpan.MaxValue : TimeSpan.FromMilliseconds(value);
}
