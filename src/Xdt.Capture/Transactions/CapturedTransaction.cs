using System.Diagnostics;

namespace Xdt.Capture.Transactions;

/// <summary>
/// A committed primary transaction as decoded. <see cref="EndLsn"/> is the commit's end position: the stream's
/// <c>commit_lsn</c> and what the slot is confirmed up to. <see cref="Heartbeat"/> holds the content of an
/// <c>xdt.heartbeat</c> logical message the transaction carried, if any; <see cref="Trace"/> the writer's trace context
/// from its <c>xdt.trace</c> message, if any.
/// </summary>
public sealed record CapturedTransaction(
    uint Xid,
    ulong EndLsn,
    DateTimeOffset CommitTime,
    IReadOnlyList<CapturedChange> Changes,
    byte[]? Heartbeat = null,
    ActivityContext? Trace = null);
