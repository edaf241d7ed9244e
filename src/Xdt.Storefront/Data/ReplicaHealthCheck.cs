using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Xdt.Catalog.Schema;

namespace Xdt.Storefront.Data;

/// <summary>
/// Healthy once the replica answers and its replicator has created the schema. The storefront never migrates:
/// until then it is simply not ready.
/// </summary>
public sealed class ReplicaHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await SchemaMigrator.ReadVersionAsync(dataSource, cancellationToken);
            return version >= CatalogMigrations.LatestVersion
                ? HealthCheckResult.Healthy($"schema version {version}")
                : HealthCheckResult.Unhealthy($"waiting for the replicator: schema version {version}, expected {CatalogMigrations.LatestVersion}");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("replica unreachable", e);
        }
    }
}
