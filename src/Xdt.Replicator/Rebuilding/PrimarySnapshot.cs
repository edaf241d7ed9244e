using System.Data;
using System.Globalization;
using Npgsql;
using Npgsql.Replication;
using Npgsql.Replication.PgOutput;
using Xdt.Catalog.Changes;

namespace Xdt.Replicator.Rebuilding;

/// <summary>
/// A consistent read of the primary at a known log position: a temporary logical slot exports the snapshot of its
/// consistent point — every transaction that committed before it is visible, none after — and a repeatable-read
/// transaction adopts it. The slot (dropped with its connection) is only the means to that exact position; nothing is
/// decoded from it.
/// </summary>
public sealed class PrimarySnapshot : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private PrimarySnapshot(NpgsqlConnection connection, NpgsqlTransaction transaction, ulong consistentPoint, ulong rowLsn, DateTimeOffset asOf)
    {
        _connection = connection;
        _transaction = transaction;
        ConsistentPoint = consistentPoint;
        RowLsn = rowLsn;
        AsOf = asOf;
    }

    /// <summary>Transactions that committed at or before this position are in the snapshot.</summary>
    public ulong ConsistentPoint { get; }

    /// <summary>
    /// The position copied rows are stamped with: the slot's restart LSN. A transaction that was running while the slot
    /// was created and commits after the consistent point has its changes logged at or after it, so those changes still
    /// replace the copied rows (the capture stamps its own initial copy the same way).
    /// </summary>
    public ulong RowLsn { get; }

    /// <summary>The primary's clock just before the snapshot was taken: the data is at least this fresh.</summary>
    public DateTimeOffset AsOf { get; }

    public static async Task<PrimarySnapshot> TakeAsync(string connectionString, string slotName, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var asOf = await ScalarAsync<DateTime>(connection, null, "select now()", cancellationToken);
            await using var replication = new LogicalReplicationConnection(connectionString);
            await replication.Open(cancellationToken);
            var slot = await replication.CreatePgOutputReplicationSlot(
                slotName, temporarySlot: true, slotSnapshotInitMode: LogicalSlotSnapshotInitMode.Export, cancellationToken: cancellationToken);

            // The exported snapshot lives until the replication connection's next command: adopt it first.
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await ExecuteAsync(connection, transaction,
                string.Create(CultureInfo.InvariantCulture, $"set transaction snapshot '{slot.SnapshotName!.Replace("'", "''", StringComparison.Ordinal)}'"),
                cancellationToken);
            await ExecuteAsync(connection, transaction, "set transaction read only", cancellationToken);
            var restart = await ScalarAsync<string>(connection, transaction,
                $"select restart_lsn::text from pg_replication_slots where slot_name = '{slotName}'", cancellationToken);
            var consistentPoint = (ulong)slot.ConsistentPoint;
            var rowLsn = Lsn.TryParse(restart, out var restartLsn) && restartLsn > 0 ? Math.Min(restartLsn, consistentPoint) : consistentPoint;
            return new PrimarySnapshot(connection, transaction, consistentPoint, rowLsn, new DateTimeOffset(asOf.ToUniversalTime(), TimeSpan.Zero));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        long rows = 0;
        foreach (var table in CopiedTable.All)
        {
            rows += await ScalarAsync<long>(_connection, _transaction, $"select count(*) from {table.Name}", cancellationToken);
        }

        return rows;
    }

    /// <summary>The table's rows in the snapshot, by id.</summary>
    public async Task<NpgsqlDataReader> ReadAsync(CopiedTable table, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand($"select {table.ColumnList} from {table.Name} order by id", _connection, _transaction);
        return await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
