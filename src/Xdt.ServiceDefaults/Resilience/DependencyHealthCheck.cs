using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Xdt.ServiceDefaults.Resilience;

/// <summary>Unhealthy while a dependency the service needs to do its work is failing (see <see cref="DependencyHealth"/>).</summary>
public sealed class DependencyHealthCheck(DependencyHealth health) : IHealthCheck
{
    public const string Name = "dependencies";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = health.Failing;
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy("Every dependency answers.")
            : HealthCheckResult.Unhealthy(
                "Waiting for " + string.Join("; ", failing.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}")),
                data: failing.ToDictionary(f => f.Key, f => (object)f.Value, StringComparer.Ordinal)));
    }
}
