using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xdt.KafkaHost.Broker;

namespace Xdt.KafkaHost.Health;

/// <summary>Healthy once the log is recovered and the Kafka port is open; degraded while the broker is deliberately down.</summary>
public sealed class BrokerHealthCheck(BrokerService broker) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!broker.IsReady
            ? HealthCheckResult.Unhealthy("The broker is not running.")
            : broker.IsBrokerUp
                ? HealthCheckResult.Healthy($"Serving Kafka at {broker.BootstrapServers}.")
                : HealthCheckResult.Degraded("The broker was set down through the control API."));
}
