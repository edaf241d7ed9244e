using Xdt.KafkaHost.Log;

namespace Xdt.Tests.KafkaHost.Unit;

[Trait(Tier.Name, Tier.Unit)]
public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static SegmentInfo Segment(long baseOffset, long size, double minutesAgo) => new(baseOffset, size, Now.AddMinutes(-minutesAgo));

    [Fact]
    public void SegmentsToDelete_OverSizeLimit_DeletesOldestWhileTheRestStillHoldsTheLimit()
    {
        var config = new TopicConfig(RetentionBytes: 200, RetentionMs: -1, SegmentBytes: 100, SegmentMs: long.MaxValue);
        SegmentInfo[] segments = [Segment(0, 100, 5), Segment(10, 100, 4), Segment(20, 100, 3), Segment(30, 40, 0)];
        Assert.Equal(1, RetentionPolicy.SegmentsToDelete(segments, config, Now));
    }

    [Fact]
    public void SegmentsToDelete_ExpiredByTime_DeletesOnlyTheLeadingExpiredOnes()
    {
        var config = new TopicConfig(RetentionBytes: -1, RetentionMs: 60_000 * 10, SegmentBytes: 100, SegmentMs: long.MaxValue);
        SegmentInfo[] segments = [Segment(0, 100, 30), Segment(10, 100, 20), Segment(20, 100, 5), Segment(30, 10, 0)];
        Assert.Equal(2, RetentionPolicy.SegmentsToDelete(segments, config, Now));
    }

    [Fact]
    public void SegmentsToDelete_NeverTheActiveSegment()
    {
        var config = new TopicConfig(RetentionBytes: 0, RetentionMs: 0, SegmentBytes: 100, SegmentMs: long.MaxValue);
        SegmentInfo[] segments = [Segment(0, 100, 30), Segment(10, 100, 20)];
        Assert.Equal(1, RetentionPolicy.SegmentsToDelete(segments, config, Now));
    }

    [Fact]
    public void SegmentsToDelete_WithinLimits_DeletesNothing()
    {
        var config = new TopicConfig(RetentionBytes: 1000, RetentionMs: 60_000 * 60, SegmentBytes: 100, SegmentMs: long.MaxValue);
        Assert.Equal(0, RetentionPolicy.SegmentsToDelete([Segment(0, 100, 30), Segment(10, 100, 1)], config, Now));
    }

    [Fact]
    public void ShouldRoll_FullSegment_Rolls_EmptyOneNever()
    {
        var config = new TopicConfig(-1, -1, SegmentBytes: 100, SegmentMs: long.MaxValue);
        Assert.True(RetentionPolicy.ShouldRoll(Segment(0, 90, 0), Now, 20, config, Now));
        Assert.False(RetentionPolicy.ShouldRoll(Segment(0, 0, 0), Now, 500, config, Now));
        Assert.False(RetentionPolicy.ShouldRoll(Segment(0, 50, 0), Now, 20, config, Now));
    }

    [Fact]
    public void ShouldRollIdle_ActiveSegmentOlderThanRetention_Rolls()
    {
        var config = new TopicConfig(-1, RetentionMs: 60_000, SegmentBytes: 100, SegmentMs: long.MaxValue);
        Assert.True(RetentionPolicy.ShouldRollIdle(Segment(0, 10, 2), config, Now));
        Assert.False(RetentionPolicy.ShouldRollIdle(Segment(0, 10, 0.5), config, Now));
    }
}
