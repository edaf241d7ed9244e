using Microsoft.Extensions.Options;

namespace Xdt.EdgeRouter.Alerts;

/// <summary>The latest <see cref="AlertsStatus"/>, published by the <see cref="AlertPoller"/> and read by the status page.</summary>
public sealed class AlertBoard(IOptions<AlertsOptions> options)
{
    private AlertsStatus _current = options.Value.PrometheusUrl is { } url
        ? AlertsStatus.Unreachable(url, null, "not read yet")
        : AlertsStatus.Unreachable(null, null, "no Prometheus configured (EdgeRouter:Monitoring:PrometheusUrl)");

    public AlertsStatus Current => Volatile.Read(ref _current);

    public void Publish(AlertsStatus status) => Volatile.Write(ref _current, status);
}
