namespace Aspire.Hosting.ApplicationModel;

/// <summary>Debian's Prometheus run as a process of the world, scraping every resource with a <see cref="ScrapeTargetAnnotation"/>.</summary>
public sealed class PrometheusResource(string name, string workingDirectory)
    : ExecutableResource(name, "prometheus", workingDirectory)
{
    public const string HttpEndpointName = "http";

    public EndpointReference HttpEndpoint => new(this, HttpEndpointName);
}
