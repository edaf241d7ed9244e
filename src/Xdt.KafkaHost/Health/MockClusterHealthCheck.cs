using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xdt.KafkaHost.Cluster;

namespace Xdt.KafkaHost.Health;

/// <summary>Healthy once the mock cluster runs and its topics exist; degraded while the broker is deliberately down.</summary>
public sealed class MockClusterHealthCheck(MockClusterService cluster) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!cluster.IsReady
            ? HealthCheckResult.Unhealthy("The mock cluster is not running.")
            : cluster.IsBrokerUp
                ? HealthCheckResult.Healthy($"Serving Kafka at {cluster.BootstrapServers}.")
                : HealthCheckResult.Degraded("The broker was set down through the control API."));
}
