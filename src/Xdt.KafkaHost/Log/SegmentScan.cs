namespace Xdt.KafkaHost.Log;

/// <summary>What walking a segment found: where its valid batches end, the next offset, and why it stopped early.</summary>
public sealed record SegmentScan(long ValidSize, long NextOffset, long FileSize, string? TornReason)
{
    public bool IsTorn => TornReason is not null;
}
