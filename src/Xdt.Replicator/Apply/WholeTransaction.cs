using System.Globalization;
using Xdt.Replicator.DeadLetters;
using Xdt.Replicator.Mapping;
using Xdt.Replicator.Transactions;

namespace Xdt.Replicator.Apply;

/// <summary>
/// All or nothing: a primary transaction's run on one partition (an <see cref="ApplyUnit"/>) lands in the replica
/// whole or not at all. When one of its events cannot be applied, every event of the unit becomes a dead letter —
/// the failing event with its own reason, each sibling with a reason that names the transaction and the failing
/// event — and none of its rows is written. Pure: the decision is unit-tested apart from Kafka and PostgreSQL.
/// </summary>
public static class WholeTransaction
{
    /// <summary>
    /// The letters for a unit holding events that could not be read (<see cref="ApplyError"/>), or none when every
    /// event can be tried. Each unreadable event keeps its own reason; the others name the first unreadable one.
    /// </summary>
    public static IReadOnlyList<DeadLetterEntry> Unreadable(ApplyUnit unit)
    {
        var failing = unit.Events.FirstOrDefault(e => e.Change is ApplyError);
        return failing is null ? [] : Letters(unit, failing, ((ApplyError)failing.Change).Reason);
    }

    /// <summary>
    /// The letters for a unit the replica refused. <paramref name="failing"/> is the event whose statement failed, or
    /// null when the replica refused the combination and no single event could be blamed: then every event carries
    /// the transaction's name and the replica's reason.
    /// </summary>
    public static IReadOnlyList<DeadLetterEntry> Rejected(ApplyUnit unit, ConsumedEvent? failing, string reason) =>
        Letters(unit, failing, reason);

    private static DeadLetterEntry[] Letters(ApplyUnit unit, ConsumedEvent? failing, string reason)
    {
        var sibling = failing is null
            ? $"transaction {Name(unit)} refused whole by the replica: {reason}"
            : $"transaction {Name(unit)} not applied: its event {Describe(failing)} cannot be applied: {reason}";
        return [.. unit.Events.Select(e => new DeadLetterEntry(e, e.Change switch
        {
            ApplyError own => own.Reason,
            _ when ReferenceEquals(e, failing) => reason,
            _ => sibling,
        }))];
    }

    private static string Name(ApplyUnit unit) =>
        (unit.TransactionId is { } id ? $"'{id}'" : "(no id)")
        + string.Create(CultureInfo.InvariantCulture, $" ({unit.Events.Count} events on partition {unit.Partition})");

    private static string Describe(ConsumedEvent consumed) =>
        string.Create(CultureInfo.InvariantCulture, $"at offset {consumed.Offset}")
        + (consumed.Change is RowChange { Row: var row }
            ? string.Create(CultureInfo.InvariantCulture, $" (catalog.{row.Table.ToString().ToLowerInvariant()} id {row.Id})")
            : "");
}
