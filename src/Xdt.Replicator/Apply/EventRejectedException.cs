using Npgsql;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Apply;

/// <summary>The replica refused one event (a constraint or data error): the event, not the database, is at fault.</summary>
public sealed class EventRejectedException(ConsumedEvent? rejected, PostgresException inner)
    : Exception($"The replica rejected an event: {inner.SqlState} {inner.MessageText}", inner)
{
    /// <summary>The event whose statement failed, when the failing statement could be traced back to one.</summary>
    public ConsumedEvent? Rejected { get; } = rejected;

    public string Reason { get; } = $"rejected by the replica: {inner.SqlState} {inner.MessageText}"
        + (inner.ConstraintName is { } constraint ? $" (constraint {constraint})" : "");

    /// <summary>SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation) blame the event itself.</summary>
    public static bool IsEventFault(PostgresException e) => e.SqlState.StartsWith("22", StringComparison.Ordinal)
        || e.SqlState.StartsWith("23", StringComparison.Ordinal);
}
