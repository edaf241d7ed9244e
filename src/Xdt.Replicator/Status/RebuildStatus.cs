using Xdt.Replicator.Rebuilding;

namespace Xdt.Replicator.Status;

/// <summary>The rebuild under way in <c>GET /_xdt/replication</c>: why, since when, and how far the copy is.</summary>
public sealed record RebuildStatus(string Reason, DateTimeOffset StartedAt, long? RowsTotal, long RowsCopied, double? Progress)
{
    public static RebuildStatus From(RebuildProgress progress) =>
        new(progress.Reason, progress.StartedAt, progress.Copy.RowsTotal, progress.Copy.RowsCopied, progress.Copy.Progress);
}
