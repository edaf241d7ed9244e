using Npgsql;
using Xdt.Admin.Bookmarks;

namespace Xdt.Admin.Data;

/// <summary>
/// Runs one write in its own transaction on the primary, then reads the bookmark on the same connection.
/// A unique violation becomes <see cref="WriteStatus.Duplicate"/> naming the field; nothing is left half-written.
/// The transaction carries the write's trace (<see cref="WriteTrace"/>).
/// </summary>
public static class WriteTransaction
{
    private static readonly Dictionary<string, string> FieldByConstraint = new(StringComparer.Ordinal)
    {
        ["stores_slug_key"] = "slug",
        ["stores_custom_domain_key"] = "customDomain",
        ["products_store_sku_key"] = "sku",
    };

    /// <param name="work">Returns the written row, or null when the target row does not exist (rolled back).</param>
    public static async Task<WriteResult<T>> RunAsync<T>(
        NpgsqlDataSource dataSource,
        Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T?>> work,
        CancellationToken cancellationToken) where T : class
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        T? row;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await WriteTrace.EmitAsync(connection, transaction, cancellationToken);
                row = await work(connection, transaction, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                return WriteResult<T>.Duplicate(FieldFor(e));
            }

            if (row is null)
            {
                return WriteResult<T>.NotFound;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var bookmark = await Bookmark.ReadAfterCommitAsync(connection, cancellationToken);
        return new WriteResult<T>(WriteStatus.Written, row, bookmark, null);
    }

    /// <summary>The request field a unique violation is about.</summary>
    public static string FieldFor(PostgresException uniqueViolation) =>
        FieldByConstraint.GetValueOrDefault(uniqueViolation.ConstraintName ?? string.Empty, "body");
}
