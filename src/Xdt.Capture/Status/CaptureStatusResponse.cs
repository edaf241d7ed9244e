namespace Xdt.Capture.Status;

/// <summary>Body of <c>GET /_xdt/capture</c>. LSNs in PostgreSQL's text form.</summary>
public sealed record CaptureStatusResponse(
    string Slot,
    bool Streaming,
    string ConfirmedLsn,
    string Snapshot,
    long SnapshotRows,
    long EventsPublished,
    long TransactionsPublished,
    DateTimeOffset? LastCommitTime,
    double? LastCommitToAckMs,
    int Sessions,
    string? LastError);
