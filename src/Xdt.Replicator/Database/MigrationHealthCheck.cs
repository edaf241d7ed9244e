using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Xdt.Replicator.Database;

/// <summary>
/// Healthy once the replica is migrated: the storefront waits on it. Being cut off from Kafka does not make the
/// replicator unhealthy — its storefront keeps serving the data it has.
/// </summary>
public sealed class MigrationHealthCheck(MigrationGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsOpen
            ? HealthCheckResult.Healthy("Replica schema migrated.")
            : HealthCheckResult.Unhealthy("Migrating the replica schema."));
}
