using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Xdt.Catalog.Schema;

/// <summary>Ready when the catalog database answers and carries the latest schema version.</summary>
/// <param name="database">How the service names the database in its report, e.g. "primary" or "replica".</param>
/// <param name="behindHint">What an older schema means for this service (it may be migrating it, or waiting for another).</param>
public sealed class SchemaHealthCheck(NpgsqlDataSource dataSource, string database, string behindHint) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await SchemaMigrator.ReadVersionAsync(dataSource, cancellationToken);
            return version >= CatalogMigrations.LatestVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"{behindHint}schema version {version}, expected {CatalogMigrations.LatestVersion}");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy($"{database} unreachable", e);
        }
    }
}
