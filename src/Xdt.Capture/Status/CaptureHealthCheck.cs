using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Xdt.Capture.Status;

/// <summary>Healthy while the slot is being streamed (the snapshot, if one was needed, is done).</summary>
public sealed class CaptureHealthCheck(CaptureStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.Streaming
            ? HealthCheckResult.Healthy("Streaming changes.")
            : HealthCheckResult.Unhealthy(status.LastError is { } error ? $"Not streaming: {error}" : "Not streaming yet."));
}
