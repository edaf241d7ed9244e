using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Xdt.Catalog.Schema;

namespace Xdt.Admin.Data;

/// <summary>Ready when the primary answers and carries the latest catalog schema.</summary>
public sealed class PrimaryHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await SchemaMigrator.ReadVersionAsync(dataSource, cancellationToken);
            return version >= CatalogMigrations.LatestVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"schema version {version}, expected {CatalogMigrations.LatestVersion}");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("primary unreachable", e);
        }
    }
}
