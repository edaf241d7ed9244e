using Npgsql;

namespace Xdt.Catalog.Schema;

/// <summary>
/// Brings a catalog database to the latest schema. Safe to run from several processes at once and on every start:
/// a transaction-scoped advisory lock serialises runners and each version is applied at most once.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, DatabaseRole role)
{
    // Arbitrary but fixed: every Xdt process that migrates takes the same lock.
    private const long MigrationLockKey = 0x58_44_54_5F_4D_49_47; // "XDT_MIG"

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var command = new NpgsqlCommand(
            """
            select pg_advisory_xact_lock(@key);
            create schema if not exists xdt_meta;
            create table if not exists xdt_meta.schema_migrations (
                version    integer primary key,
                name       text not null,
                applied    boolean not null,
                applied_at timestamptz not null default now()
            );
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await ReadVersionAsync(connection, transaction, cancellationToken);
        foreach (var migration in CatalogMigrations.All.Where(m => m.Version > current))
        {
            var applies = migration.Roles.HasFlag(role);
            if (applies)
            {
                await using var step = new NpgsqlCommand(migration.Sql, connection, transaction);
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = new NpgsqlCommand(
                "insert into xdt_meta.schema_migrations (version, name, applied) values (@version, @name, @applied)",
                connection, transaction);
            record.Parameters.AddWithValue("version", migration.Version);
            record.Parameters.AddWithValue("name", migration.Name);
            record.Parameters.AddWithValue("applied", applies);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return CatalogMigrations.LatestVersion;
    }

    /// <summary>The schema version of the database, or 0 when it was never migrated.</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select to_regclass('xdt_meta.schema_migrations') is not null", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return 0;
        }

        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select coalesce(max(version), 0) from xdt_meta.schema_migrations", connection, transaction);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
