using System.Data.Common;
using Npgsql;
using Xdt.Admin.Bookmarks;

namespace Xdt.Admin.Data;

/// <summary>
/// Runs a write that is one statement, commits it and reads the bookmark, in ONE round trip to the primary. The batch
/// has error barriers, so each command is its own implicit transaction: the statement commits at its barrier and the
/// bookmark read that follows covers that commit. No BEGIN/COMMIT exchange keeps the row's <c>now()</c> (its
/// <c>updated_at</c>) at the commit instead of a client round trip earlier, which is what replicas measure from.
/// A unique violation becomes <see cref="WriteStatus.Duplicate"/>; a statement that returns no row wrote nothing.
/// The write's trace goes first, without a barrier, into the write's own implicit transaction (<see cref="WriteTrace"/>).
/// </summary>
public static class SingleStatementWrite
{
    public static async Task<WriteResult<T>> RunAsync<T>(
        NpgsqlDataSource dataSource, NpgsqlBatchCommand write, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection) { EnableErrorBarriers = true };
        var trace = WriteTrace.BatchCommand();
        if (trace is not null)
        {
            batch.BatchCommands.Add(trace);
        }

        batch.BatchCommands.Add(write);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Bookmark.PositionSql));
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            if (trace is not null)
            {
                await reader.NextResultAsync(cancellationToken);
            }

            var row = await reader.ReadAsync(cancellationToken) ? read(reader) : null;
            await reader.NextResultAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var bookmark = reader.GetString(0);
            return row is null ? WriteResult<T>.NotFound : new WriteResult<T>(WriteStatus.Written, row, bookmark, null);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return WriteResult<T>.Duplicate(WriteTransaction.FieldFor(e));
        }
    }
}
