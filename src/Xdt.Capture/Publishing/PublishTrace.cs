using System.Diagnostics;
using Xdt.Capture.Transactions;

namespace Xdt.Capture.Publishing;

/// <summary>
/// Whether a publish gets a span, and under which parent. A transaction that carried its writer's trace (the admin's
/// <c>xdt.trace</c> message) continues that trace; one written without it (psql, a migration) starts a trace of its own,
/// so its applies can still be followed. Heartbeats (a transaction with no row change) and snapshot copies are timer and
/// start-up traffic: no span, no trace header, so no region records an apply for them either.
/// </summary>
public readonly record struct PublishTrace(bool Traced, ActivityContext Parent)
{
    public static PublishTrace None { get; } = new(false, default);

    public static PublishTrace Root { get; } = new(true, default);

    public static PublishTrace For(CapturedTransaction transaction) =>
        transaction.Changes.Count == 0 ? None
        : transaction.Trace is { } writer ? new PublishTrace(true, writer)
        : Root;
}
