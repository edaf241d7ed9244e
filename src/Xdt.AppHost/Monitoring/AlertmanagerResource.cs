namespace Aspire.Hosting.ApplicationModel;

/// <summary>Debian's Alertmanager run as a process of the world: it receives the alerts of the world's Prometheus.</summary>
public sealed class AlertmanagerResource(string name, string workingDirectory)
    : ExecutableResource(name, "prometheus-alertmanager", workingDirectory)
{
    public const string HttpEndpointName = "http";

    public EndpointReference HttpEndpoint => new(this, HttpEndpointName);
}
