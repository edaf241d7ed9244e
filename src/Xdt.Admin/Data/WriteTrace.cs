using System.Diagnostics;
using Npgsql;
using Xdt.Catalog.Changes;

namespace Xdt.Admin.Data;

/// <summary>
/// Puts the seller's trace into the WAL: a transactional <see cref="LogicalMessage.TracePrefix"/> logical message
/// holding the current span's <c>traceparent</c>, written in the same transaction as the change. The capture decodes it
/// between the transaction's Begin and Commit, so its publish (and every region's apply after it) continues this trace;
/// a write that rolls back takes its message with it. Nothing is written when no span is current (e.g. seeding).
/// </summary>
public static class WriteTrace
{
    private const string Sql = "select pg_logical_emit_message(true, $1, $2)";

    /// <summary>The traceparent to carry, or null when there is no current span.</summary>
    public static string? Current() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? ChangeTrace.Format(activity.Context) : null;

    /// <summary>
    /// A batch command that emits the message in the implicit transaction of the command after it: no error barrier
    /// (no Sync) separates the two, so they commit or roll back together. Null when there is nothing to carry.
    /// </summary>
    public static NpgsqlBatchCommand? BatchCommand()
    {
        if (Current() is not { } traceParent)
        {
            return null;
        }

        var command = new NpgsqlBatchCommand(Sql) { AppendErrorBarrier = false };
        command.Parameters.Add(new NpgsqlParameter { Value = LogicalMessage.TracePrefix });
        command.Parameters.Add(new NpgsqlParameter { Value = traceParent });
        return command;
    }

    /// <summary>Emits the message inside an explicit transaction (one more round trip; only store creation writes this way).</summary>
    public static async Task EmitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (Current() is not { } traceParent)
        {
            return;
        }

        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = LogicalMessage.TracePrefix });
        command.Parameters.Add(new NpgsqlParameter { Value = traceParent });
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
